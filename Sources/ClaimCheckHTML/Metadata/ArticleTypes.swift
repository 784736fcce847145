/// Schema.org types that describe an article, best first; `WebPage` types only when no article
/// type is present.
enum ArticleTypes {
    static let articles: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "BlogPosting",
        "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting",
        "DiscussionForumPosting", "SatiricalArticle", "AdvertiserContentArticle", "Review",
    ]
    static let pages: Set<String> = ["WebPage", "ItemPage", "AboutPage", "CollectionPage"]
}
