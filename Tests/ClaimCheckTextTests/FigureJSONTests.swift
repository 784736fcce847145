import Foundation
import Testing

@testable import ClaimCheckText

@Test func jsonUsesSpecFieldNamesAndNulls() throws {
    let f = try #require(FigureExtractor(language: .english).figures(in: "up to fifty Russian spies").first)
    let data = try JSONEncoder().encode(f)
    let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in [
        "text", "kind", "value", "low", "high", "lowInclusive", "highInclusive", "noun", "head", "predicate", "start",
        "end",
    ] {
        #expect(obj.keys.contains(key), "missing \(key)")
    }
    #expect(obj["low"] is NSNull)
    #expect(obj["kind"] as? String == "atMost")
    #expect(obj["start"] as? Int == 0 && obj["end"] as? Int == 11)
}
