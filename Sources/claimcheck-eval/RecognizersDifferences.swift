/// Where our reading differs from Recognizers-Text on purpose (docs/figures.md). Printed by
/// `claimcheck-eval recognizers`; each counts as a miss in the strict and overlap rates.
enum RecognizersDifferences {
    static let list: [(theirs: String, ours: String, why: String)] = [
        (
            "\"between 20 and 30\" → [20,30)", "closed [20,30]",
            "a reader takes both ends as included; a half-open range would call a source's 30 a conflict"
        ),
        (
            "\"about 20~100\": the hedge outside the span", "the hedge inside the span",
            "a figure keeps how it was hedged (approximate, nearly, at most…)"
        ),
        ("\"- 1 4/5\" (a spaced dash) → −1.8", "a list bullet: 1.8", "news lists start with \"- \"; a sign touches its number"),
        ("numbers inside a date (\"17/05/2018\" → 17, 5, 2018)", "the date", "a day is not three counts"),
        ("French \"trillion\" = 10^12", "10^18 (long scale; \"billion\" = 10^12)", "French usage"),
        ("French \"un\"/\"une\" alone sometimes a number", "an article", "\"un crédit\" counts nothing"),
    ]

    static func print() {
        Swift.print("deliberate differences (counted as misses above):")
        for d in list { Swift.print("  theirs \(d.theirs); ours \(d.ours): \(d.why)") }
    }
}
