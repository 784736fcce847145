/// The words the reader judges markup and text by, kept as data in one place.
///
/// Class and id words are matched in the lower-cased `class` and `id` attributes of an
/// element: a `substring` anywhere (`comment` in `article-comments`), a `token` only as a
/// whole word between non-letters (`nav` in `main-nav` but not in `canvas`).
enum HintWords {
    /// Class/id words for boilerplate that never holds an article's body: the element and
    /// everything inside it is dropped.
    static let boilerplate = ClassWords(
        substrings: [
            "comment", "sharing", "social", "newsletter", "cookie", "consent", "gdpr", "related",
            "recommend", "outbrain", "taboola", "breadcrumb", "subscribe", "subscription", "promo",
            "advert", "sponsor", "recirc", "popular", "trending", "disqus", "author-bio",
            "authorbio", "about-author", "author-info", "byline", "signup", "sign-up", "paywall",
            "lire-aussi", "lireaussi", "a-lire", "see-also", "seealso",
            "also-read", "more-stories", "more-from", "tag-list", "taglist", "skip-link",
            "print-only", "toolbar", "pagination", "login", "follow-us", "share-",
            "-share", "shareb", "shares", "next-article", "prev-article", "footnote-ad",
            "caption", "credit", "gallery", "slideshow", "carousel", "lightbox",
        ],
        tokens: [
            "share", "ad", "ads", "tags", "tag", "print", "keywords", "topics", "cta", "rss",
        ])

    /// Class/id words for page furniture (navigation, sidebars, footers): dropped unless the
    /// same attributes also hold a `content` word, as `post-footer` does not but
    /// `main-column` does.
    static let furniture = ClassWords(
        substrings: [
            "sidebar", "footer", "masthead", "navbar", "navigation", "banner", "popup",
            "modal", "dropdown", "overlay", "header", "menu", "skyscraper", "supplemental",
            "hidden", "offscreen", "visually-hidden", "sr-only", "screen-reader",
        ],
        tokens: ["nav", "aside", "rail", "extra", "meta", "hide", "util", "utility", "tools"])

    /// Class/id words that name the article itself (microformats, common CMS body classes):
    /// they beat `boilerplate` words in the same attributes, as in WordPress's
    /// `class="post hentry tag-sport"`.
    static let article = ClassWords(
        substrings: [
            "hentry", "h-entry", "type-post", "articlebody", "article-body", "article__body",
            "post-content", "entry-content", "story-body", "article-content", "post-body",
        ],
        tokens: [])

    /// Class/id words that mark content, exempting an element from `furniture` and raising
    /// its score.
    static let content = ClassWords(
        substrings: [
            "article", "content", "entry", "story", "body", "main", "column", "prose", "post-text",
            "text",
        ],
        tokens: ["post", "blog", "hentry", "h-entry"])

    /// Class/id words that lower a block's score without dropping it.
    static let unlikely = ClassWords(
        substrings: [
            "contact", "shopping", "teaser", "card", "promo", "media",
            "scroll", "rating", "author", "date", "timestamp",
        ],
        tokens: ["info", "small", "note"])

    /// Lower-cased starts of short blocks (under 300 bytes) that are boilerplate in any page
    /// ("Read also: …", "Subscribe now…"), in English and French, with the "read also" of a
    /// few other common languages.
    static let boilerplateOpenings: [String] = [
        // English
        "read also", "read more", "related:", "related articles", "related stories",
        "related coverage", "see also", "more on this", "recommended", "advertisement",
        "sponsored", "share this", "share on", "share:", "follow us", "follow the", "sign up",
        "sign in", "log in", "subscribe", "already a subscriber", "to view the full story",
        "to continue reading", "for the latest", "never miss", "download the", "download our",
        "get the app", "click here", "click to", "this article was originally",
        "you might also like", "more from", "submit your", "copyright", "all rights reserved",
        // French
        "à lire aussi", "a lire aussi", "lire aussi", "lire la suite", "voir aussi",
        "sur le même sujet", "publicité", "partager", "suivez-nous", "suivez", "abonnez-vous",
        "s'abonner", "déjà abonné", "connectez-vous", "inscrivez-vous", "téléchargez",
        "newsletter", "pour aller plus loin", "vous aimerez aussi", "notre sélection",
        "les plus lus", "tous droits réservés",
        // "Read also" and "subscribe" elsewhere
        "lee también", "lea también", "te puede interesar", "notas relacionadas",
        "suscríbete", "síguenos", "leia também", "leia mais", "leggi anche", "lesen sie auch",
        "mehr zum thema", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też",
        "dowiedz się więcej",
        // Calls to action (their box goes whole: `MainText.dropCallToActionBoxes`)
        "become a member", "become a subscriber", "support us", "support our", "donate",
        "devenez membre", "soutenez", "faites un don", "hazte miembro", "hágase miembro",
        "hazte socio", "apoya el periodismo", "assine", "seja assinante",
    ]

    /// Lower-cased starts of very short blocks (under 100 bytes) that are page furniture:
    /// dates, categories, credits ("Updated 5:27 am", "Photo: …", "Publié le …").
    static let furnitureOpenings: [String] = [
        "updated", "published", "posted on", "posted by", "last updated", "release date:",
        "filed under", "category:", "categories:", "tags:", "tagged", "photo:", "photograph:",
        "image:", "credit:", "source:", "©", "print this", "permalink", "date:",
        "mis à jour", "publié le", "modifié le", "crédit", "catégorie:", "mots-clés:",
        "mots clés:", "imprimer", "permalien",
    ]

    /// Lower-cased headings after which the rest of their section is boilerplate ("About the
    /// author", "Comments").
    static let boilerplateHeadings: [String] = [
        "about the author", "about the authors", "comments", "leave a comment",
        "leave a reply", "related", "related articles", "related stories", "more stories",
        "read more", "recommended", "share this", "share this article", "most popular",
        "à propos de l'auteur", "à propos de l’auteur", "l'auteur", "l’auteur", "commentaires",
        "réagir", "sur le même sujet", "à lire aussi", "lire aussi", "les plus lus",
        "dans la même rubrique", "newsletter",
    ]
}

extension HintWords {
    /// Elements that never hold an article's body.
    static let boilerplateTags: [Tag] = [.nav, .aside, .form, .menu, .figure, .figcaption, .caption]

    /// Elements that are page furniture (`header` only outside an `article` or `main`).
    static let furnitureTags: [Tag] = [.footer, .header]

    /// `role` values that mark the article.
    static let articleRoles: [StaticString] = ["main", "article"]

    /// `role` values that mark page furniture.
    static let furnitureRoles: [StaticString] = [
        "navigation", "complementary", "contentinfo", "banner", "menu", "dialog", "search", "alert",
    ]
}

/// A list of class/id words, matched as substrings or as whole tokens.
struct ClassWords: Sendable {
    /// Words matched anywhere.
    var substrings: [String]
    /// Words matched only between non-letters.
    var tokens: [String]
}

/// How small a box around a call to action is (see `MainText.dropCallToActionBoxes`).
enum CallToAction {
    /// Most blocks a call-to-action box holds (a heading, a pitch or two, the button).
    static let boxBlocks = 4
    /// Most bytes of text it holds.
    static let boxBytes: Int32 = 700
}
