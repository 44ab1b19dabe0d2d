/** The HTTP server: the JSON API and the web page. */
package org.annals.server;
