package org.annals.cli;

import org.annals.archive.Archive;
import org.annals.server.AccessSettings;
import org.annals.server.AccessToken;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code annals serve}: the JSON API and the web page over HTTP, until the process is stopped. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Serve the JSON API and the web page over HTTP.",
        description = {
            "Starts an HTTP server: the web page at /, the JSON API under /api (described at /openapi.json).",
            "It listens on 127.0.0.1 only unless --host says otherwise; stop it with Ctrl-C.",
            "It answers only to its own address (and --allow-host names) and refuses requests from pages of other"
                + " origins (unless --allow-origin). Beyond loopback every request needs the access token it prints at"
                + " start (or keeps in --token-file): 'Authorization: Bearer TOKEN', or the page opened once as"
                + " /?token=TOKEN. For a team: a reverse proxy for TLS, --allow-host for its public name, --read-only"
                + " for a reading room.",
            "Bodies over --max-body are refused (413); an analysis over --timeout is abandoned (503); a client slower"
                + " than --read-timeout to send its request is disconnected."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  annals serve",
            "  annals serve --port 9000 --index ~/annals-index",
            "  annals serve --host 0.0.0.0 --token-file ~/.annals/token --read-only",
            "  curl -H 'Content-Type: text/plain' --data-binary @article.txt http://127.0.0.1:8080/api/tag", ""})
final class ServeCommand implements Callable<Integer> {

    /** What to do once the server is up: by default, wait until the process is stopped. */
    interface Lifetime {
        void run(AnnalsServer server) throws InterruptedException;
    }

    static final Lifetime UNTIL_STOPPED = server -> new CountDownLatch(1).await();

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: all).")
    private String host;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The archive's index directory (default: ~/.annals/index).")
    private Path index;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "10MB", converter = Converters.Size.class,
            description = "The largest request body accepted, in bytes or with KB/MB/GB (default: ${DEFAULT-VALUE}).")
    private long maxBody;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The time budget of one document's analysis (default: ${DEFAULT-VALUE}).")
    private double timeoutSeconds;

    @Option(names = "--workers", paramLabel = "N",
            description = "Documents analysed at once (default: the number of processors).")
    private Integer workers;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The time a client has to send a whole request, and a connection may stay silent; past it"
                    + " the connection is closed (default: ${DEFAULT-VALUE}).")
    private double readTimeoutSeconds;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer to this host name, NAME or NAME:PORT, e.g. the public name a reverse proxy"
                    + " forwards (repeatable). Beyond loopback: answer only to these names and this machine's.")
    private List<String> allowHosts = new ArrayList<>();

    @Option(names = "--allow-origin", paramLabel = "URL",
            description = "Let the pages of this origin (http[s]://HOST[:PORT]) call the API, with exact CORS"
                    + " headers (repeatable).")
    private List<String> allowOrigins = new ArrayList<>();

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Read the access token from FILE (created with a new random token when missing), so it"
                    + " survives restarts; also turns the token on for a server on loopback.")
    private Path tokenFile;

    @Option(names = "--read-only",
            description = "Refuse to add documents (POST /api/documents answers 403; the page hides its ingest"
                    + " controls); the archive is opened read-only, so 'annals ingest' may write it meanwhile.")
    private boolean readOnly;

    private final Io io;
    private final Lifetime lifetime;

    ServeCommand(Io io) {
        this(io, UNTIL_STOPPED);
    }

    ServeCommand(Io io, Lifetime lifetime) {
        this.io = io;
        this.lifetime = lifetime;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerSettings settings;
        try {
            settings = ServerSettings.defaults().withHost(host).withPort(port).withMaxBodyBytes(maxBody)
                    .withTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                    .withReadTimeout(Duration.ofMillis(Math.round(readTimeoutSeconds * 1000)));
            if (workers != null) {
                settings = settings.withWorkers(workers);
            }
            settings = settings.withAccess(new AccessSettings(allowHosts, allowOrigins, token(), readOnly));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = index != null ? index : Path.of(System.getProperty("user.home"), ".annals", "index");
        Archive archive = readOnly ? ArchiveOpener.openReadOnly(dir, io) : ArchiveOpener.open(dir, io);
        AnnalsServer.logAccess(true); // a line per request on standard error: method, path, status, ms
        AnnalsServer server = AnnalsServer.start(settings, archive);
        Thread stop = new Thread(() -> close(server, archive), "annals-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        io.out().println("annals serve: listening on " + server.uri() + " (API description: " + server.uri()
                + "openapi.json; body limit " + settings.maxBodyBytes() + " bytes; " + settings.timeout().toMillis()
                + " ms per document; " + settings.workers() + " workers" + (archive == null ? "; no archive" : "")
                + (readOnly ? "; read-only" : "") + ")");
        String token = settings.access().token();
        if (token != null && tokenFile == null) {
            io.out().println("access token: " + token);
            io.out().println("open the page once as " + pageUri(server) + "?token=" + token);
        } else if (token != null) {
            io.out().println("access token: in " + tokenFile + " (open the page once as " + pageUri(server)
                    + "?token=TOKEN)");
        }
        io.out().flush();
        try {
            lifetime.run(server);
        } finally {
            if (Runtime.getRuntime().removeShutdownHook(stop)) {
                close(server, archive);
            }
        }
        return 0;
    }

    /** The page's address for a person: a server on every interface is named by this machine's name. */
    private static String pageUri(AnnalsServer server) {
        String host = server.uri().getHost();
        if (host.equals("0.0.0.0") || host.equals("[::]") || host.equals("::")) {
            try {
                return "http://" + java.net.InetAddress.getLocalHost().getHostName() + ":" + server.port() + "/";
            } catch (java.net.UnknownHostException e) {
                return server.uri().toString();
            }
        }
        return server.uri().toString();
    }

    /**
     * The access token: from --token-file; else a new random one when listening beyond loopback; else none.
     *
     * @throws IllegalArgumentException when the file's token is malformed
     */
    private String token() {
        if (tokenFile != null) {
            try {
                return AccessToken.fromFile(tokenFile);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the token file " + tokenFile + ": " + e.getMessage());
            }
        }
        return AccessSettings.isLoopback(host) ? null : AccessToken.generate();
    }

    private void close(AnnalsServer server, Archive archive) {
        server.close();
        if (archive != null) {
            try {
                archive.close();
            } catch (IOException e) {
                io.err().println("annals serve: cannot close the archive: " + e.getMessage());
            }
        }
    }
}
