/// The frame every HTML report shares: a self-contained page with one inline style sheet and
/// one inline script, and a Content-Security-Policy that lets the page load nothing — no
/// fonts, images, frames, scripts or connections; only that style and that script (by hash)
/// run.
struct HTMLPage {
    /// The page title (escaped here).
    var title: String
    /// The body's markup, already escaped.
    var body: String

    /// The policy: nothing may load; the inline style and script are allowed by their SHA-256.
    static let contentSecurityPolicy: String = {
        let style = SHA256.base64Digest(of: HTMLStyle.css)
        let script = SHA256.base64Digest(of: HTMLScript.source)
        return "default-src 'none'; style-src 'sha256-\(style)'; script-src 'sha256-\(script)'; "
            + "img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'"
    }()

    /// The whole page.
    func rendered() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="claimcheck \(HTMLText.attribute(ClaimCheck.version))">
        <title>\(HTMLText.escape(title))</title>
        <style>\(HTMLStyle.css)</style>
        </head>
        <body>
        \(body)
        <script>\(HTMLScript.source)</script>
        </body>
        </html>

        """
    }
}
