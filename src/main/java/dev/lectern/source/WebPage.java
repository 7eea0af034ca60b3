package dev.lectern.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fetches a page over HTTP(S) with the JDK's client: redirects followed, timeouts bounded, size capped. */
final class WebPage {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final String AGENT = "Mozilla/5.0 (compatible; Lectern article converter)";

    /** The body as served, with its declared content type and charset (empty when the server named none). */
    @SuppressWarnings("ArrayRecordComponent") // private to this package and never compared
    record Fetched(byte[] body, String contentType, String charset, URI uri) {}

    private WebPage() {}

    static Fetched get(URI uri, Duration timeout, long maxBytes) throws Unavailable, Unusable {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", AGENT)
                .header(
                        "Accept",
                        "text/html,application/xhtml+xml,text/markdown,text/plain,application/pdf;q=0.9,*/*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new Unavailable("cannot fetch " + uri + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new Unavailable("cannot fetch " + uri + ": " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("cannot fetch " + uri + ": interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new Unavailable("cannot fetch " + uri + ": the server answered " + response.statusCode() + " "
                        + Status.phrase(response.statusCode()));
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new Unusable(
                        uri + " is larger than " + (maxBytes >> 20) + " MB; save the page and convert the file");
            }
            Optional<String> type = response.headers().firstValue("Content-Type");
            String contentType = type.map(t -> t.split(";", -1)[0].strip().toLowerCase(Locale.ROOT))
                    .orElse("");
            Matcher charset = CHARSET.matcher(type.orElse(""));
            return new Fetched(body, contentType, charset.find() ? charset.group(1) : "", response.uri());
        } catch (IOException e) {
            throw new Unavailable("cannot fetch " + uri + ": the connection broke (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The usual words for the statuses a teacher is likely to meet. */
    private static final class Status {
        static String phrase(int code) {
            return switch (code) {
                case 401 -> "Unauthorized (the page needs a login; save it from the browser instead)";
                case 403 -> "Forbidden (the site refuses programs; save the page from the browser instead)";
                case 404 -> "Not Found";
                case 410 -> "Gone";
                case 429 -> "Too Many Requests";
                case 500 -> "Internal Server Error";
                case 502 -> "Bad Gateway";
                case 503 -> "Service Unavailable";
                default -> "";
            };
        }
    }
}
