// annals web page: an article with its time expressions highlighted and its timeline; archive search.
// Document text only ever reaches the DOM through textContent (never innerHTML).
(function () {
  'use strict';

  var API = {
    timeline: '/api/timeline',
    search: '/api/search',
    archiveTimeline: '/api/timeline',
    documents: '/api/documents/',
    ingest: '/api/documents',
    status: '/api/status',
    jobs: '/api/jobs'
  };
  var POLL_MS = 200; // how often a running analysis is asked how far it is
  var DAY_MS = 86400000;
  var MONTHS_MAX = 120; // more months than this: the histogram shows years
  var YEARS_MAX = 2000; // a longer span: one bar per year that has entries
  // a timeline container's data-group-at and data-stack-max override these two
  var GROUP_AT = 300; // more items than this: the events of one time become one item ("12 events")
  var STACK_MAX = 300; // more items than this: drawn side by side, not stacked (stacking is quadratic in vis)
  var LIST_CHUNK = 400; // list items added per animation frame: a long list never blocks the tab

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    }
    if (text != null) {
      e.textContent = text;
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function status(message, isError) {
    var s = $('status');
    s.textContent = message || '';
    s.className = isError ? 'status error' : 'status';
    s.setAttribute('role', isError ? 'alert' : 'status');
  }

  // fetch JSON; a non-2xx answer becomes an Error carrying the server's {"error": ...} message
  function getJson(url, options) {
    return fetch(url, options).then(function (r) {
      return r.text().then(function (body) {
        var json = null;
        try { json = body ? JSON.parse(body) : null; } catch (e) { json = null; }
        if (!r.ok) {
          throw new Error((json && json.error) || ('HTTP ' + r.status));
        }
        return json;
      });
    });
  }

  // ---- dates: ISO days (also BC and beyond 9999) as UTC Date objects for vis

  function toDate(iso) {
    var m = /^([+-]?\d{4,})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) {
      return null;
    }
    var d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(parseInt(m[1], 10), parseInt(m[2], 10) - 1, parseInt(m[3], 10));
    return d;
  }

  // an entry's time in words ("late October 1950", "300 BC"), from the server; its TIMEX3 value when absent
  function whenText(e) {
    return e.when.text || (e.when.value + (e.when.mod ? ' (' + e.when.mod + ')' : ''));
  }

  // where an entry's time came from: " (time from its clause, t2)"; nothing when the server does not say
  function anchorText(e) {
    if (!e.anchor || !e.anchor.from) {
      return '';
    }
    var from = {clause: 'its clause', sentence: 'its sentence', story: 'the story so far',
      document: 'the document date', none: 'nothing'}[e.anchor.from] || e.anchor.from;
    return ' (time from ' + from + (e.anchor.tid ? ', ' + e.anchor.tid : '') + ')';
  }

  // ---- timelines

  // a vis timeline in a container; note: the element that says how a large timeline is drawn
  function makeTimeline(container, onPick, note, stack) {
    var items = new vis.DataSet();
    var t = new vis.Timeline(container, items, {
      moment: function (date) { return vis.moment(date).utc(); },
      zoomMin: DAY_MS,
      stack: stack !== false,
      maxHeight: '340px',
      minHeight: '120px',
      showCurrentTime: false,
      selectable: true,
      template: function (item) {
        var b = el('button', {type: 'button', 'class': 'tl-item', 'data-index': String(item.id),
          title: item.title || item.label}, item.label);
        b.addEventListener('click', function (ev) {
          ev.stopPropagation();
          onPick(item.id);
        });
        return b;
      }
    });
    t.on('select', function (props) {
      if (props.items && props.items.length) {
        onPick(props.items[0]);
      }
    });
    return {timeline: t, items: items, note: note, container: container, onPick: onPick, stack: stack !== false};
  }

  // the timeline's items: one an entry, or, past GROUP_AT, one for the entries of each time ("12 events")
  function timelineItems(entries, groupAt) {
    var out = [];
    var byTime = {};
    var many = entries.length > groupAt;
    entries.forEach(function (e, i) {
      var start = toDate(e.when.start);
      var end = toDate(e.when.end);
      if (!start && !end) {
        return; // an open interval on both sides: listed, not drawn
      }
      var label = whenText(e) + ' ' + (e.text || e.event);
      var title = label + anchorText(e);
      if (isPublication(e)) {
        // the document's own date: a marker on the axis, not an event the view is fitted to
        out.push({id: i, start: start || end, type: 'point', label: label, title: title, className: 'publication',
          publication: true});
        return;
      }
      var item;
      if (start && end && end.getTime() > start.getTime()) {
        item = {id: i, start: start, end: new Date(end.getTime() + DAY_MS), type: 'range', label: label, title: title};
      } else {
        item = {id: i, start: start || end, type: 'box', label: label, title: title};
      }
      if (many) {
        var key = item.type + (e.when.start || '') + '/' + (e.when.end || '') + '/' + whenText(e);
        var group = byTime[key];
        if (group) {
          group.count++;
          group.label = whenText(e) + ' \u00b7 ' + group.count + ' events';
          if (group.count <= 10) {
            group.title += '\n' + (e.text || e.event);
          }
          return;
        }
        item.count = 1;
        item.title = whenText(e) + ':\n' + (e.text || e.event);
        byTime[key] = item;
      }
      out.push(item);
    });
    return out;
  }

  // the publication entry of a document (its source is the document itself: no trigger in the text)
  function isPublication(e) {
    return e.sources.length > 0 && e.sources.every(function (x) { return x.begin === 0 && x.end === 0; });
  }

  // the view over the events, not over the publication marker (a 1950 story published in 2020 would span 70 years)
  function fitEvents(view, animate) {
    var events = view.items.get({filter: function (item) { return !item.publication; }});
    if (!events.length) {
      view.timeline.fit({animation: animate});
      return;
    }
    var min = Infinity, max = -Infinity;
    events.forEach(function (item) {
      var a = item.start.getTime();
      var b = (item.end || item.start).getTime();
      min = Math.min(min, a);
      max = Math.max(max, b);
    });
    var pad = Math.max((max - min) * 0.05, 5 * DAY_MS);
    view.timeline.setWindow(new Date(min - pad), new Date(max + pad), {animation: animate});
  }

  function limit(view, name, otherwise) {
    var v = parseInt(view.container.getAttribute(name), 10);
    return v > 0 ? v : otherwise;
  }

  function showTimeline(view, entries) {
    var groupAt = limit(view, 'data-group-at', GROUP_AT);
    var items = timelineItems(entries, groupAt);
    var stack = items.length <= limit(view, 'data-stack-max', STACK_MAX);
    if (view.stack !== stack) {
      // made again with the other setting: vis 4 keeps a timeline whose options change before its first drawing
      // hidden
      view.timeline.destroy();
      var fresh = makeTimeline(view.container, view.onPick, view.note, stack);
      view.timeline = fresh.timeline;
      view.items = fresh.items;
      view.stack = stack;
    }
    view.items.clear();
    view.items.add(items);
    var grouped = entries.length > groupAt;
    view.note.hidden = !grouped && stack;
    view.note.textContent = (grouped ? 'The ' + entries.length + ' events are drawn as one item per time ('
      + items.length + ' items); the list has each of them.' : '') + (stack ? '' : ' The items are drawn side by'
      + ' side, not stacked: zoom in to tell them apart.');
    // after the browser has laid out a panel that was just shown
    window.requestAnimationFrame(function () {
      view.timeline.redraw();
      fitEvents(view, false);
    });
  }

  function wireToolbar(toolbar, view) {
    toolbar.addEventListener('click', function (ev) {
      var act = ev.target.getAttribute('data-act');
      if (!act || !view()) {
        return;
      }
      var t = view().timeline;
      var w = t.getWindow();
      var span = w.end.getTime() - w.start.getTime();
      if (act === 'in') { t.zoomIn(0.5); }
      if (act === 'out') { t.zoomOut(0.5); }
      if (act === 'fit') { fitEvents(view(), true); }
      if (act === 'left' || act === 'right') {
        var shift = (act === 'left' ? -1 : 1) * span / 3;
        t.setWindow(new Date(w.start.getTime() + shift), new Date(w.end.getTime() + shift));
      }
    });
  }

  // the list of events, LIST_CHUNK a frame so that a long one never blocks the tab; progress(done, total) after each
  // frame; a new list (or stop(list)) ends the one being drawn. A promise of whether it was drawn to the end.
  // decorate(li, entry): adds to an item (the archive: the documents it comes from)
  function entryList(list, entries, onPick, progress, decorate) {
    clear(list);
    var token = {};
    list.drawing = token;
    return new Promise(function (resolve) {
      var i = 0;
      function frame() {
        if (list.drawing !== token) {
          resolve(false);
          return;
        }
        var frag = document.createDocumentFragment();
        for (var end = Math.min(entries.length, i + LIST_CHUNK); i < end; i++) {
          var li = el('li', {'data-index': String(i)});
          var b = el('button', {type: 'button'});
          b.appendChild(el('span', {'class': 'when'}, whenText(entries[i])));
          b.appendChild(document.createTextNode(entries[i].text || entries[i].event));
          b.addEventListener('click', onPick.bind(null, i));
          li.appendChild(b);
          if (decorate) {
            decorate(li, entries[i]);
          }
          frag.appendChild(li);
        }
        list.appendChild(frag);
        if (progress) {
          progress(i, entries.length);
        }
        if (i < entries.length) {
          window.requestAnimationFrame(frame);
        } else {
          list.drawing = null;
          resolve(true);
        }
      }
      frame();
    });
  }

  function stop(list) {
    list.drawing = null;
  }

  function markCurrent(list, index) {
    Array.prototype.forEach.call(list.children, function (li) {
      li.setAttribute('aria-current', li.getAttribute('data-index') === String(index) ? 'true' : 'false');
    });
  }

  // ---- the article view

  var article = {view: null, text: '', all: [], entries: [], segs: [], request: null, storedId: null};

  var TIMEX_KINDS = {DATE: 'a date', TIME: 'a time', DURATION: 'a duration', SET: 'a repeated time'};

  // a time expression for its reader: what the text says, what annals makes of it in words, from what
  function timexTitle(t) {
    return '\u201c' + t.text + '\u201d: ' + (TIMEX_KINDS[t.type] || t.type) + ', ' + (t.readable || t.value)
      + '\nanchored to: ' + (t.anchor || (t.anchorTid ? t.anchorTid : 'nothing (stated in full)'));
  }

  // where the entry's sentence is in the text: [begin, end) of the sentence, else of the trigger
  function sentenceRange(text, source) {
    if (source.sentence) {
      var at = text.lastIndexOf(source.sentence, source.begin);
      if (at >= 0 && at + source.sentence.length >= source.end) {
        return [at, at + source.sentence.length];
      }
      at = text.indexOf(source.sentence);
      if (at >= 0) {
        return [at, at + source.sentence.length];
      }
    }
    return [source.begin, source.end];
  }

  // shows a document: its text with its time expressions highlighted, its timeline and its list of events (a promise
  // of whether the list was drawn to the end; progress(done, total) as it is drawn)
  function renderDocument(text, timexes, entries, meta, progress) {
    article.text = text;
    article.all = entries;
    article.entries = entries;
    $('doc-meta').textContent = meta;
    $('timex-details').textContent = ''; // the last document's detail is no part of this one
    var bounds = {0: true};
    bounds[text.length] = true;
    timexes.forEach(function (t) { bounds[t.begin] = true; bounds[t.end] = true; });
    entries.forEach(function (e) {
      e.sources.forEach(function (s) {
        if (s.end > s.begin && s.end <= text.length) {
          var r = sentenceRange(text, s);
          bounds[r[0]] = true; bounds[r[1]] = true; bounds[s.begin] = true; bounds[s.end] = true;
        }
      });
    });
    var cuts = Object.keys(bounds).map(Number).filter(function (n) { return n >= 0 && n <= text.length; })
      .sort(function (a, b) { return a - b; });
    var box = $('doc-text');
    clear(box);
    article.segs = [];
    var ti = 0;
    var mark = null;
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1];
      while (ti < timexes.length && timexes[ti].end <= a) {
        ti++;
        mark = null;
      }
      var seg = el('span', {'class': 'seg'}, text.slice(a, b));
      seg.begin = a;
      seg.end = b;
      article.segs.push(seg);
      var t = timexes[ti];
      if (t && t.begin <= a && b <= t.end) {
        if (!mark) {
          mark = el('mark', {'class': 'timex timex-' + t.type, tabindex: '0', title: timexTitle(t),
            'data-value': t.value, 'data-tid': t.tid});
          mark.addEventListener('mouseenter', showTimex.bind(null, t));
          mark.addEventListener('focus', showTimex.bind(null, t));
          box.appendChild(mark);
        }
        mark.appendChild(seg);
      } else {
        box.appendChild(seg);
      }
    }
    $('article-result').hidden = false;
    if (!article.view) {
      article.view = makeTimeline($('timeline'), jumpTo, $('timeline-note'));
    }
    drawKinds('article', entries);
    return applyArticleHide(progress);
  }

  function showTimex(t) {
    $('timex-details').textContent = timexTitle(t).replace('\n', ' \u2014 ');
  }

  // click on an entry: select it, mark its sentence and move the focus there
  function jumpTo(index) {
    var e = article.entries[index];
    if (!e) {
      return;
    }
    var s = e.sources.filter(function (x) { return x.end > x.begin && x.end <= article.text.length; })[0];
    markCurrent($('entries'), index);
    article.view.timeline.setSelection([index]);
    if (!s) {
      $('timex-details').textContent = whenText(e) + ': ' + (e.text || e.event) + ' (the document itself)';
      return;
    }
    var r = sentenceRange(article.text, s);
    var first = null;
    article.segs.forEach(function (seg) {
      var inSentence = seg.begin < r[1] && seg.end > r[0];
      seg.classList.toggle('current', inSentence);
      seg.classList.toggle('trigger', seg.begin >= s.begin && seg.end <= s.end);
      if (inSentence && !first) {
        first = seg;
      }
    });
    if (first) {
      first.setAttribute('tabindex', '-1');
      first.scrollIntoView({block: 'center'});
      first.focus({preventScroll: true});
    }
    $('timex-details').textContent = whenText(e) + ': ' + (e.text || e.event) + anchorText(e);
  }

  // the article form as a request body: a file upload, or the pasted text as JSON; null (and a message) when empty.
  // withGenre false for ingest, where the archive decides the genre.
  function articleRequest(withGenre) {
    var file = $('article-file').files[0];
    var text = $('article-text').value;
    var dct = $('article-dct').value;
    var genre = $('article-genre').value;
    if (file) {
      return {headers: {}, body: function () {
        var f = new FormData();
        f.append('file', file, file.name);
        if (dct) { f.append('dct', dct); }
        if (withGenre) { f.append('genre', genre); }
        return f;
      }};
    }
    if (!text.trim()) {
      status('Paste an article or choose a file first.', true);
      $('article-text').focus();
      return null;
    }
    var fields = {text: text};
    if (dct) { fields.dct = dct; }
    if (withGenre) { fields.genre = genre; }
    var json = JSON.stringify(fields);
    return {headers: {'Content-Type': 'application/json'}, body: function () { return json; }};
  }

  function ingest() {
    var r = articleRequest(false);
    if (!r) {
      return;
    }
    status('Adding to the archive\u2026');
    $('ingest').disabled = true;
    getJson(API.ingest, {method: 'POST', headers: r.headers, body: r.body()}).then(function (a) {
      status(a.added ? 'Added to the archive as ' + a.id + ' (' + a.timexes + ' time expressions, ' + a.entries
        + ' events).' : 'Already in the archive, as ' + a.id + '.');
    }).catch(function (e) {
      status(e.message, true);
    }).then(function () {
      $('ingest').disabled = false;
    });
  }

  // ---- a running analysis: its progress, and Cancel

  var running = null; // {controller, timer, cancelled}

  // shows a phase: 'analyse' (on the server: its step, and the seconds so far) or 'draw' (events listed so far)
  function progressOf(phase, done, total, job) {
    var p = $('progress');
    p.hidden = false;
    var seen = (p.getAttribute('data-phases') || '').split(',').filter(Boolean);
    if (seen.indexOf(phase) < 0) {
      seen.push(phase);
      p.setAttribute('data-phases', seen.join(','));
    }
    p.setAttribute('data-phase', phase);
    if (phase === 'draw') {
      p.max = total || 1;
      p.value = done;
      status('Drawing ' + total + ' events\u2026 ' + done + ' of ' + total + ' listed.');
    } else if (job && job.step > 0) {
      p.max = job.steps;
      p.value = job.step - 1; // the steps done; the server does not say how far into one it is
      status('Step ' + job.step + ' of ' + job.steps + ': ' + job.phase + '\u2026 ' + done + ' s');
    } else {
      p.removeAttribute('value'); // indeterminate: waiting for a worker, or not yet asked
      status('Analyzing on the server\u2026 ' + done + ' s');
    }
  }

  function startRun() {
    var run = {controller: new AbortController(), cancelled: false, started: Date.now()};
    run.timer = setInterval(function () {
      progressOf('analyse', Math.round((Date.now() - run.started) / 1000), 0, run.state);
    }, 1000);
    running = run;
    $('analyze').disabled = true;
    $('cancel').hidden = false;
    $('progress').setAttribute('data-phases', '');
    progressOf('analyse', 0);
    return run;
  }

  function endRun(run) {
    clearInterval(run.timer);
    if (running === run) {
      running = null;
      $('analyze').disabled = false;
      $('cancel').hidden = true;
      $('progress').hidden = true;
    }
  }

  // Cancel: the request is abandoned (the server finishes it in the background, within its --timeout) or the
  // drawing stops where it is
  function cancel() {
    var run = running;
    if (!run) {
      return;
    }
    run.cancelled = true;
    run.controller.abort();
    if (run.job) { // the server forgets it, and drops its answer
      fetch(API.jobs + '/' + encodeURIComponent(run.job), {method: 'DELETE'}).catch(function () {});
    }
    stop($('entries'));
    endRun(run);
    status(run.drawing ? 'Cancelled: ' + run.listed + ' of ' + run.total + ' events listed.' : 'Cancelled: nothing was'
      + ' analysed.');
  }

  function analyze(ev) {
    ev.preventDefault();
    if (running) {
      return;
    }
    var r = articleRequest(true);
    if (!r) {
      return;
    }
    var headers = r.headers;
    var body = r.body;
    article.request = null; // the exports follow what is on screen, and nothing is until this answer comes
    var run = startRun();
    var signal = run.controller.signal;
    // the analysis as a job of the server: started, asked how far it is, its answer fetched when done
    getJson(API.jobs, {method: 'POST', headers: headers, body: body(), signal: signal}).then(function (job) {
      run.job = job.id;
      return new Promise(function (resolve, reject) {
        function ask(j) {
          run.state = j;
          if (run.cancelled) {
            reject(new Error('cancelled'));
            return;
          }
          progressOf('analyse', Math.round((Date.now() - run.started) / 1000), 0, j);
          if (j.state === 'done') {
            resolve(getJson(j.result, {signal: signal}));
          } else if (j.state === 'failed' || j.state === 'cancelled') {
            reject(new Error(j.error || 'The analysis was ' + j.state + '.'));
          } else {
            setTimeout(function () {
              getJson(API.jobs + '/' + encodeURIComponent(j.id), {signal: signal}).then(ask, reject);
            }, POLL_MS);
          }
        }
        ask(job);
      });
    }).then(function (answer) {
      if (run.cancelled) {
        return;
      }
      clearInterval(run.timer);
      var d = answer.tag.documents[0];
      var entries = answer.timeline.entries;
      article.request = r;
      article.storedId = null;
      writeUrl(false);
      run.drawing = true;
      run.total = entries.length;
      run.listed = 0;
      progressOf('draw', 0, entries.length);
      return renderDocument(d.text, d.timexes, entries, d.source + ' \u00b7 document date ' + (d.dct && d.dct.value
        ? (d.dct.text || d.dct.value) + ' (' + d.dct.from + ')' : 'none (none given or found: what needs it stays'
        + ' unknown)') + ' \u00b7 ' + d.genre + ' \u00b7 ' + d.timexes.length + ' time expressions \u00b7 '
        + entries.length + ' events', function (done, total) {
          run.listed = done;
          if (!run.cancelled) {
            progressOf('draw', done, total);
          }
        }).then(function (complete) {
        if (complete && !run.cancelled) {
          status(d.timexes.length + ' time expressions, ' + entries.length + ' events.');
        }
      });
    }).catch(function (e) {
      if (!run.cancelled) {
        status(e.message, true);
      }
    }).then(function () {
      if (!run.cancelled) {
        endRun(run);
      }
    });
  }

  // how and when a stored document came in, as the archive recorded it
  function provenance(d) {
    if (!d.ingestedAt) {
      return ' \u00b7 added: not recorded';
    }
    return ' \u00b7 added ' + d.ingestedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/Z$/, ' UTC')
      + ' via ' + d.ingestedVia + (d.ingestedFrom ? ' from ' + d.ingestedFrom : '');
  }

  // opens a stored document in the article view; fromUrl: the address asked for it (its tab is the address's)
  function openStored(id, fromUrl) {
    status('Loading the document\u2026');
    getJson(API.documents + encodeURIComponent(id)).then(function (d) {
      if (!fromUrl) {
        showTab('article');
      }
      article.storedId = id;
      writeUrl(fromUrl);
      var stored = JSON.stringify({text: d.text, dct: d.dct || undefined, genre: d.genre || undefined,
        title: d.title || undefined, source: d.source || undefined});
      article.request = {headers: {'Content-Type': 'application/json'}, body: function () { return stored; }};
      renderDocument(d.text, d.timexes, d.entries, (d.title || d.source) + ' \u00b7 document date '
        + (d.dct ? (d.dctText || d.dct) + (d.dctFrom ? ' (' + d.dctFrom + ')' : '') : 'none (none given or found)') + ' \u00b7 ' + d.genre + ' \u00b7 ' + d.timexes.length + ' time expressions \u00b7 '
        + d.entries.length + ' events' + provenance(d));
      status('');
      $('doc-text').setAttribute('tabindex', '-1');
      $('doc-text').focus();
    }).catch(function (e) { status(e.message, true); });
  }

  // ---- the archive view

  // the archive's answer so far: the query, the entries and documents loaded, and how many match in all
  var archive = {view: null, entries: [], labels: {}, query: '', searched: false, offset: 0, total: 0, documents: 0,
    totalDocuments: 0};
  // entries and documents asked for at a time: the data-page of the "more" buttons (index.html)
  function pageSize(id) {
    return parseInt($(id).getAttribute('data-page'), 10) || 20;
  }

  // a snippet is HTML-escaped text with <mark>...</mark>: rebuild it as nodes, decoding the escapes
  function snippetNodes(snippet) {
    var frag = document.createDocumentFragment();
    var decode = function (s) {
      return s.replace(/&(lt|gt|quot|#39|#x27|apos|amp);/g, function (m, n) {
        return {lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", amp: '&'}[n];
      });
    };
    var parts = String(snippet).split(/(<mark>|<\/mark>)/);
    var inMark = false;
    parts.forEach(function (p) {
      if (p === '<mark>') { inMark = true; return; }
      if (p === '</mark>') { inMark = false; return; }
      if (p) {
        frag.appendChild(inMark ? el('mark', null, decode(p)) : document.createTextNode(decode(p)));
      }
    });
    return frag;
  }

  // counts on a continuous axis: every month (or year) from the first to the last, empty ones as 0
  function continuous(counts, monthly) {
    if (!counts.length) {
      return [];
    }
    var key = function (v) {
      var m = /^(-?\d+)(?:-(\d{2}))?$/.exec(v);
      return m ? parseInt(m[1], 10) * (monthly ? 12 : 1) + (monthly ? parseInt(m[2], 10) - 1 : 0) : null;
    };
    var byKey = {};
    counts.forEach(function (c) { byKey[key(c.value)] = c; });
    var keys = counts.map(function (c) { return key(c.value); }).filter(function (k) { return k !== null; });
    var lo = Math.min.apply(null, keys), hi = Math.max.apply(null, keys);
    if (hi - lo > YEARS_MAX) {
      return counts; // too long for one bar per period: only the periods that have entries
    }
    var out = [];
    for (var k = lo; k <= hi; k++) {
      var y = monthly ? Math.floor(k / 12) : k;
      var label = String(y).padStart(4, '0') + (monthly ? '-' + String(k - y * 12 + 1).padStart(2, '0') : '');
      out.push(byKey[k] || {value: label, count: 0});
    }
    return out;
  }

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];

  // a day (YYYY-MM-DD) in words: "2 November 2020"
  function dayText(iso) {
    var m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? parseInt(m[3], 10) + ' ' + periodText(m[1] + '-' + m[2]) : iso;
  }

  // a histogram period (YYYY or YYYY-MM, astronomical years) in words: "October 1950", "264 BC"
  function periodText(v) {
    var m = /^(-?\d+)(?:-(\d{2}))?$/.exec(v);
    if (!m) {
      return v;
    }
    var y = parseInt(m[1], 10);
    var year = y > 0 ? String(y) : (1 - y) + ' BC';
    return m[2] ? MONTHS[parseInt(m[2], 10) - 1] + ' ' + year : year;
  }

  function histogram(facets) {
    var box = $('histogram');
    clear(box);
    var months = continuous(facets.months, true);
    var monthly = months.length > 0 && months.length <= MONTHS_MAX;
    var counts = monthly ? months : continuous(facets.years, false);
    var NS = 'http://www.w3.org/2000/svg';
    var W = 600, H = 140, PAD = 18;
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Matching entries per ' + (monthly ? 'month' : 'year'));
    if (!counts.length) {
      var none = document.createElementNS(NS, 'text');
      none.setAttribute('x', '10');
      none.setAttribute('y', String(H / 2));
      none.textContent = 'no dated entries';
      svg.appendChild(none);
      box.appendChild(svg);
      return;
    }
    var max = Math.max.apply(null, counts.map(function (c) { return c.count; }));
    var bw = (W - 2) / counts.length;
    counts.forEach(function (c, i) {
      if (!c.count) {
        return; // an empty period: no bar
      }
      var h = Math.max(1, (H - PAD - 4) * c.count / max);
      var r = document.createElementNS(NS, 'rect');
      r.setAttribute('x', String(1 + i * bw));
      r.setAttribute('y', String(H - PAD - h));
      r.setAttribute('width', String(Math.max(1, bw - 1)));
      r.setAttribute('height', String(h));
      r.setAttribute('tabindex', '0');
      r.setAttribute('role', 'button');
      r.setAttribute('aria-label', periodText(c.value) + ': ' + c.count + ' entries; search this period');
      var title = document.createElementNS(NS, 'title');
      title.textContent = periodText(c.value) + ': ' + c.count;
      r.appendChild(title);
      var pick = function () { narrowTo(c.value); };
      r.addEventListener('click', pick);
      r.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); }
      });
      svg.appendChild(r);
    });
    [0, counts.length - 1].forEach(function (i, k) {
      var t = document.createElementNS(NS, 'text');
      t.setAttribute('x', String(k === 0 ? 2 : W - 2));
      t.setAttribute('y', String(H - 4));
      t.setAttribute('text-anchor', k === 0 ? 'start' : 'end');
      t.textContent = periodText(counts[i].value);
      svg.appendChild(t);
    });
    box.appendChild(svg);
  }

  // a histogram bar: search its month (YYYY-MM) or year (YYYY)
  function narrowTo(period) {
    var m = /^(-?\d+)(?:-(\d{2}))?$/.exec(period);
    if (!m) {
      return;
    }
    var y = parseInt(m[1], 10);
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    var year = String(y).padStart(4, '0');
    if (m[2]) {
      var last = new Date(Date.UTC(2000, 0, 1));
      last.setUTCFullYear(y, parseInt(m[2], 10), 0);
      $('from').value = year + '-' + m[2] + '-01';
      $('to').value = year + '-' + m[2] + '-' + pad(last.getUTCDate());
    } else {
      $('from').value = year + '-01-01';
      $('to').value = year + '-12-31';
    }
    search();
  }

  function searchParams() {
    var p = new URLSearchParams();
    if ($('q').value.trim()) { p.set('q', $('q').value.trim()); }
    if ($('from').value) { p.set('from', $('from').value); }
    if ($('to').value) { p.set('to', $('to').value); }
    var hide = hideList('archive');
    if (hide) { p.set('hide', hide); }
    if ($('about').value.trim()) { p.set('about', $('about').value.trim()); }
    return p.toString();
  }

  // runs the search of the form; fromUrl: the address asked for it (it is not a new step of the history)
  function search(ev, fromUrl) {
    if (ev && ev.preventDefault) {
      ev.preventDefault();
    }
    var query = searchParams();
    status('Searching\u2026');
    Promise.all([
      getJson(API.search + '?' + query + (query ? '&' : '') + 'limit=' + pageSize('results-more')),
      getJson(API.archiveTimeline + '?' + query + (query ? '&' : '') + 'limit=' + pageSize('archive-more'))
    ]).then(function (answers) {
      var r = answers[0];
      archive.query = query;
      archive.searched = true;
      writeUrl(fromUrl === true);
      archive.entries = answers[1].entries;
      archive.labels = {};
      addLabels(answers[1].documents);
      archive.offset = pageSize('archive-more');
      archive.total = answers[1].total;
      archive.totalDocuments = r.totalDocuments;
      archive.documents = 0;
      $('search-result').hidden = false;
      $('search-summary').textContent = r.totalDocuments + ' documents, ' + r.totalEntries + ' entries';
      histogram(r.facets);
      clear($('results'));
      addDocuments(r.documents);
      if (!archive.view) {
        archive.view = makeTimeline($('archive-timeline'), pickArchiveEntry, $('archive-timeline-note'));
      }
      drawArchiveEntries();
      status('');
    }).catch(function (e) {
      // a bad query or date: said in words, and no old results left standing under it
      $('search-result').hidden = true;
      $('search-summary').textContent = '';
      status(e.message, true);
    });
  }

  // the documents of the answer so far, with how many of how many are shown
  function addDocuments(documents) {
    var list = $('results');
    documents.forEach(function (d) {
      var li = el('li');
      var open = el('button', {type: 'button', 'class': 'open', title: d.id}, d.name || d.title || d.id);
      open.addEventListener('click', function () { openStored(d.id); });
      li.appendChild(open);
      li.appendChild(el('span', {'class': 'meta'}, d.dct ? ' \u00b7 ' + dayText(d.dct) : ''));
      d.snippets.forEach(function (s) {
        var p = el('p', {'class': 'snippet'});
        p.appendChild(snippetNodes(s));
        li.appendChild(p);
      });
      list.appendChild(li);
    });
    archive.documents += documents.length;
    $('results-more').hidden = archive.documents >= archive.totalDocuments;
    $('results-more').textContent = 'More documents (' + archive.documents + ' of ' + archive.totalDocuments
      + ' shown)';
  }

  function moreDocuments() {
    var q = archive.query;
    getJson(API.search + '?' + q + (q ? '&' : '') + 'limit=' + pageSize('results-more') + '&offset=' + archive.documents)
      .then(function (r) { addDocuments(r.documents); })
      .catch(function (e) { status(e.message, true); });
  }

  // the entries loaded so far, on the timeline and in the list, with how many of how many match
  function drawArchiveEntries() {
    showTimeline(archive.view, archive.entries);
    entryList($('archive-entries'), archive.entries, pickArchiveEntry, null, sourceLinks);
    var shown = Math.min(archive.offset, archive.total);
    $('archive-count').textContent = archive.total === 0 ? 'No entries match.'
      : 'Entries 1\u2013' + shown + ' of ' + archive.total + ' matching'
        + (archive.entries.length < shown ? ' (' + archive.entries.length + ' events: mentions of one event merged)'
          : '') + '.';
    $('archive-more').hidden = shown >= archive.total;
    $('archive-more').textContent = 'Show the next ' + Math.min(pageSize('archive-more'), archive.total - shown) + ' entries';
  }

  function moreEntries() {
    var q = archive.query;
    status('Loading more entries\u2026');
    getJson(API.archiveTimeline + '?' + q + (q ? '&' : '') + 'limit=' + pageSize('archive-more') + '&offset=' + archive.offset)
      .then(function (t) {
        archive.entries = archive.entries.concat(t.entries);
        addLabels(t.documents);
        archive.offset += pageSize('archive-more');
        archive.total = t.total;
        drawArchiveEntries();
        status('');
      })
      .catch(function (e) { status(e.message, true); });
  }

  // the documents an archive entry comes from: their names and dates, each opening the document
  function sourceLinks(li, e) {
    var seen = {};
    e.sources.forEach(function (s) {
      var d = s.documentId && archive.labels[s.documentId];
      if (!d || seen[d.id]) {
        return;
      }
      seen[d.id] = true;
      var b = el('button', {type: 'button', 'class': 'source-doc', 'data-document': d.id,
        title: 'Open this document'}, d.name + (d.dct ? ' \u00b7 ' + (d.dctText || d.dct) : ''));
      b.addEventListener('click', function () { openStored(d.id); });
      li.appendChild(b);
    });
  }

  function addLabels(documents) {
    (documents || []).forEach(function (d) { archive.labels[d.id] = d; });
  }

  function pickArchiveEntry(index) {
    var e = archive.entries[index];
    if (!e) {
      return;
    }
    archive.view.timeline.setSelection([index]);
    markCurrent($('archive-entries'), index);
    var where = e.sources.map(function (s) {
      var d = s.documentId && archive.labels[s.documentId];
      return d ? d.name + (d.dct ? ' (' + (d.dctText || d.dct) + ')' : '') : s.document;
    }).filter(function (x, i, all) { return all.indexOf(x) === i; }).join('; ');
    var sentence = e.sources.length && e.sources[0].sentence ? ' \u2014 \u201c' + e.sources[0].sentence + '\u201d' : '';
    var details = $('archive-details');
    details.textContent = whenText(e) + ' \u00b7 ' + where + sentence;
    whoButtons(details, e);
  }

  // who does the entry's event and who undergoes it: each a button showing that entity's timeline
  function whoButtons(box, e) {
    var seen = {};
    e.sources.forEach(function (s) {
      (s.arguments || []).forEach(function (a) {
        var name = a.entity ? a.entity.text : a.text;
        var key = name.toLowerCase() + ' ' + a.role;
        if (seen[key] || /^(he|she|it|they|we|i|you|him|her|them|us|his|its|their)$/i.test(name)) {
          return;
        }
        seen[key] = true;
        var b = el('button', {type: 'button', 'class': 'about-entity', 'data-entity': name,
          title: 'The events of ' + name}, name + ' (' + (a.role === 'agent' ? 'does it' : 'undergoes it') + ')');
        b.addEventListener('click', function () {
          $('about').value = name;
          search();
        });
        box.appendChild(document.createTextNode(' '));
        box.appendChild(b);
      });
    });
  }

  // ---- tabs (arrow keys move between them)

  // the user chose a tab: shown, and a step of the history
  function selectTab(name) {
    showTab(name);
    writeUrl(false);
  }

  function showTab(name) {
    ['article', 'archive'].forEach(function (n) {
      var on = n === name;
      var tab = $('tab-' + n);
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.setAttribute('tabindex', on ? '0' : '-1');
      $('panel-' + n).hidden = !on;
    });
    var view = name === 'article' ? article.view : archive.view;
    if (view) {
      view.timeline.redraw();
    }
  }

  function wireTabs() {
    ['article', 'archive'].forEach(function (n) {
      var tab = $('tab-' + n);
      tab.addEventListener('click', function () { selectTab(n); });
      tab.addEventListener('keydown', function (ev) {
        if (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') {
          var other = n === 'article' ? 'archive' : 'article';
          selectTab(other);
          $('tab-' + other).focus();
        }
      });
    });
  }

  // ---- hiding kinds of events and predicates (as HiddenEntries does on the server)

  var KINDS = [
    ['reporting', 'reports (said, told)'],
    ['i_state', 'attitudes (believed, feared)'],
    ['state', 'states (was, remained)'],
    ['i_action', 'intentions (tried, planned)'],
    ['aspectual', 'beginnings and ends (began, ended)'],
    ['perception', 'perceptions (saw, heard)'],
    ['occurrence', 'happenings (crossed, attacked)']
  ];

  function hideBox(of) {
    return document.querySelector('[data-hide-of=' + of + ']');
  }

  // what a timeline hides, as the API's hide parameter: the kinds checked, then the predicates typed
  function hideList(of) {
    var box = hideBox(of);
    var words = [];
    Array.prototype.forEach.call(box.querySelectorAll('.hide-kinds input:checked'), function (c) {
      words.push(c.value);
    });
    box.querySelector('.hide-words').value.split(',').forEach(function (w) {
      w = w.trim().toLowerCase();
      if (w && words.indexOf(w) < 0) {
        words.push(w);
      }
    });
    return words.join(',');
  }

  // sets a hide list (from the address): its kinds checked, its predicates typed
  function setHideList(of, list) {
    var words = list ? list.split(',') : [];
    var kinds = KINDS.map(function (k) { return k[0]; });
    var box = hideBox(of);
    box.checkedKinds = words.filter(function (w) { return kinds.indexOf(w) >= 0; });
    box.querySelector('.hide-words').value = words.filter(function (w) { return kinds.indexOf(w) < 0; }).join(', ');
    drawKinds(of, of === 'article' ? article.all : null);
    box.open = words.length > 0;
  }

  // a checkbox a kind: every kind for the archive, the kinds present (with their counts) for an article
  function drawKinds(of, entries) {
    var box = hideBox(of);
    var group = box.querySelector('.hide-kinds');
    var checked = box.checkedKinds || [];
    Array.prototype.forEach.call(group.querySelectorAll('input:checked'), function (c) {
      if (checked.indexOf(c.value) < 0) { checked.push(c.value); }
    });
    box.checkedKinds = null;
    clear(group);
    var counts = {};
    (entries || []).forEach(function (e) {
      if (e.kind) { counts[e.kind] = (counts[e.kind] || 0) + 1; }
    });
    KINDS.forEach(function (k) {
      if (entries && !counts[k[0]] && checked.indexOf(k[0]) < 0) {
        return;
      }
      var label = el('label', {'class': 'kind'});
      var c = el('input', {type: 'checkbox', value: k[0]});
      c.checked = checked.indexOf(k[0]) >= 0;
      label.appendChild(c);
      label.appendChild(document.createTextNode(' ' + k[1] + (entries ? ' (' + (counts[k[0]] || 0) + ')' : '')));
      group.appendChild(label);
    });
  }

  // whether a list hides an entry: its kind, or its predicate as written or its base form
  function hides(words, e) {
    return (e.kind && words.indexOf(e.kind) >= 0) || words.indexOf((e.event || '').toLowerCase()) >= 0
      || (e.lemma && words.indexOf(e.lemma.toLowerCase()) >= 0);
  }

  function hideSummary(of, text) {
    hideBox(of).querySelector('summary').textContent = 'Hide events' + (text ? ' (' + text + ')' : '');
  }

  // the article's timeline without what is hidden; the list says how many are
  function applyArticleHide(progress) {
    var list = hideList('article');
    var words = list ? list.split(',') : [];
    article.entries = article.all.filter(function (e) { return !hides(words, e); });
    if (article.view) {
      showTimeline(article.view, article.entries);
    }
    hideSummary('article', words.length ? (article.all.length - article.entries.length) + ' of '
      + article.all.length + ' hidden' : '');
    return entryList($('entries'), article.entries, jumpTo, progress);
  }

  function wireHiding() {
    hideBox('article').querySelector('.hide-apply').addEventListener('click', function () { applyArticleHide(); });
    hideBox('archive').querySelector('.hide-apply').addEventListener('click', function () {
      search(null);
    });
    [['article', applyArticleHide], ['archive', function () { search(null); }]].forEach(function (x) {
      hideBox(x[0]).querySelector('.hide-words').addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter') { ev.preventDefault(); x[1](); }
      });
    });
    drawKinds('archive', null);
  }

  // ---- the address holds what is shown: the tab, the search (q, from, to, hide) and the stored document (doc),
  // so that it can be bookmarked, shared and reloaded (/?q=Yalu&from=1950-10&to=1950-12)

  function selectedTab() {
    return $('tab-archive').getAttribute('aria-selected') === 'true' ? 'archive' : 'article';
  }

  // the address of what is shown; replace: the same step of the history (a page opened from its address)
  function writeUrl(replace) {
    var p = new URLSearchParams(archive.searched ? archive.query : '');
    if (archive.searched && !p.has('q')) {
      p.set('q', ''); // a search of everything is a search too
    }
    if (article.storedId) {
      p.set('doc', article.storedId);
    }
    var implied = article.storedId ? 'article' : archive.searched ? 'archive' : 'article';
    if (selectedTab() !== implied) {
      p.set('tab', selectedTab());
    }
    var q = p.toString();
    var url = location.pathname + (q ? '?' + q : '');
    if (url !== location.pathname + location.search) {
      history[replace ? 'replaceState' : 'pushState'](null, '', url);
    }
  }

  // shows what the address says
  function readUrl() {
    var p = new URLSearchParams(location.search);
    var searched = p.has('q') || p.has('from') || p.has('to') || p.has('hide') || p.has('about');
    $('q').value = p.get('q') || '';
    $('about').value = p.get('about') || '';
    $('from').value = p.get('from') || '';
    $('to').value = p.get('to') || '';
    setHideList('archive', p.get('hide') || '');
    var doc = p.get('doc');
    var tab = p.get('tab') || (doc ? 'article' : searched ? 'archive' : 'article');
    showTab(tab === 'archive' ? 'archive' : 'article');
    if (searched) {
      search(null, true);
    } else {
      archive.searched = false;
      archive.query = '';
      $('search-result').hidden = true;
    }
    if (doc && doc !== article.storedId) {
      openStored(doc, true);
    } else if (!doc) {
      article.storedId = null; // what the article view shows is no longer named by the address
    }
  }

  // ---- exports: the files annals timeline --format writes, for what is on screen

  var EXPORT_MAX = 1000; // the API's largest page

  // saves a blob under a name, as a download
  function save(blob, name) {
    var a = el('a', {href: URL.createObjectURL(blob), download: name});
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
  }

  // fetches an export and saves it under the name the server gives (Content-Disposition), else fallback
  function download(url, options, fallback, done) {
    status('Exporting\u2026');
    return fetch(url, options).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (body) {
          var json = null;
          try { json = JSON.parse(body); } catch (e) { json = null; }
          throw new Error((json && json.error) || ('HTTP ' + r.status));
        });
      }
      var m = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '');
      return r.blob().then(function (b) {
        var name = m ? m[1] : fallback;
        save(b, name);
        status(done ? done + ' (' + name + ')' : 'Exported ' + name + '.');
      });
    }).catch(function (e) { status(e.message, true); });
  }

  // the name of an export the server did not name (JSON comes without Content-Disposition)
  function exportName(base, format) {
    return base + '.' + (format === 'timeml' ? 'tml' : format === 'timelinejs' ? 'timelinejs.json' : format);
  }

  function exportArticle(format) {
    var r = article.request;
    if (!r) {
      status('Analyze an article first: the export is of the timeline on screen.', true);
      return;
    }
    var hide = hideList('article');
    download(API.timeline + '?format=' + format + (hide ? '&hide=' + encodeURIComponent(hide) : ''),
      {method: 'POST', headers: r.headers, body: r.body()},
      exportName('timeline', format));
  }

  function exportArchive(format) {
    var shown = Math.min(archive.offset, archive.total);
    if (!shown) {
      status('Nothing to export: no entries are shown.', true);
      return;
    }
    var n = Math.min(shown, EXPORT_MAX);
    var q = archive.query;
    download(API.archiveTimeline + '?' + q + (q ? '&' : '') + 'limit=' + n + '&format=' + format, {},
      exportName('archive-timeline', format),
      n < shown ? 'Exported the first ' + n + ' of the ' + shown + ' entries shown (' + EXPORT_MAX + ' at most per file)'
        : 'Exported the ' + n + ' entries shown');
  }

  function wireExports() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-export-of] button'), function (b) {
      b.addEventListener('click', function () {
        var of = b.parentNode.getAttribute('data-export-of');
        (of === 'article' ? exportArticle : exportArchive)(b.getAttribute('data-format'));
      });
    });
  }

  function init() {
    wireTabs();
    $('article-form').addEventListener('submit', analyze);
    $('cancel').addEventListener('click', cancel);
    $('search-form').addEventListener('submit', search);
    $('archive-more').addEventListener('click', moreEntries);
    $('results-more').addEventListener('click', moreDocuments);
    wireToolbar(document.querySelector('[data-timeline=article]'), function () { return article.view; });
    wireToolbar(document.querySelector('[data-timeline=archive]'), function () { return archive.view; });
    var pastePlaceholder = $('article-text').placeholder;
    $('article-file').addEventListener('change', function () {
      var f = $('article-file').files[0];
      if (f) {
        $('article-text').value = '';
        $('article-text').placeholder = 'File: ' + f.name + ' (or paste a text here instead)';
      }
    });
    // what was given last is what is analysed: text typed or pasted after a file was chosen sets the file aside
    $('article-text').addEventListener('input', function () {
      if ($('article-file').files.length && $('article-text').value.trim()) {
        $('article-file').value = '';
        $('article-text').placeholder = pastePlaceholder;
        status('The chosen file is set aside: the text below is analysed.');
      }
    });
    $('ingest').addEventListener('click', ingest);
    wireExports();
    wireHiding();
    window.addEventListener('popstate', readUrl);
    readUrl();
    getJson(API.status).then(function (s) {
      if (!s.archive) {
        $('no-archive').hidden = false;
        Array.prototype.forEach.call($('search-form').elements, function (e) { e.disabled = true; });
      }
      // the ingest controls only where documents can be added
      $('ingest').hidden = !s.archive || s.readOnly;
      $('read-only').hidden = !(s.archive && s.readOnly);
    }).catch(function (e) { status(e.message, true); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
