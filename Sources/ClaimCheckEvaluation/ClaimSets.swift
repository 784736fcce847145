import Foundation

/// One claim of an evidence set, with the sentences annotators gave as its evidence.
public struct ClaimCase: Sendable {
    /// One evidence sentence (CLIMATE-FEVER) or answer (AVeriTeC) and its label.
    public struct Evidence: Sendable {
        /// The text.
        public var text: String
        /// `SUPPORTS`, `REFUTES`, `NOT_ENOUGH_INFO` (CLIMATE-FEVER); AVeriTeC answers have none.
        public var label: String?
    }

    /// The set's id (`cf-0`, `averitec-dev-001`).
    public var id: String
    /// The claim as written.
    public var claim: String
    /// The claim's label, folded to `SUPPORTS`, `REFUTES`, `NOT_ENOUGH_INFO`, `DISPUTED`.
    public var label: String
    /// Its evidence.
    public var evidence: [Evidence]

    /// Whether an evidence sentence is labelled as bearing on the claim (supports or refutes it).
    public func isBearing(_ text: String) -> Bool {
        let key = ClaimSets.key(text)
        return evidence.contains { ($0.label == "SUPPORTS" || $0.label == "REFUTES") && ClaimSets.key($0.text) == key }
    }

    /// The label of one of its evidence sentences, nil when the text is not its evidence.
    public func label(of text: String) -> String? {
        let key = ClaimSets.key(text)
        return evidence.first { ClaimSets.key($0.text) == key }?.label
    }
}

/// Reads the claim sets under `claims/` and builds, per claim, the page it is checked against.
public enum ClaimSets {
    /// CLIMATE-FEVER's `dev.jsonl`: claims with five labelled Wikipedia sentences each.
    public static func climateFever(path: String) throws -> [ClaimCase] {
        try lines(path).compactMap { row in
            guard let id = row["claim_id"].map({ "cf-\($0)" }), let claim = row["claim"] as? String,
                let label = row["claim_label"] as? String, let evidences = row["evidences"] as? [[String: Any]]
            else { return nil }
            let evidence = evidences.compactMap { item -> ClaimCase.Evidence? in
                guard let text = item["evidence"] as? String else { return nil }
                return .init(text: text, label: item["evidence_label"] as? String)
            }
            return ClaimCase(id: id, claim: claim, label: label, evidence: evidence)
        }
    }

    /// AVeriTeC's `dev.jsonl`: claims with annotators' answers (the unanswerable ones left out)
    /// as unlabelled evidence; labels folded to CLIMATE-FEVER's names.
    public static func averitec(path: String) throws -> [ClaimCase] {
        let labels = [
            "Supported": "SUPPORTS", "Refuted": "REFUTES", "Not Enough Evidence": "NOT_ENOUGH_INFO",
            "Conflicting Evidence/Cherrypicking": "DISPUTED",
        ]
        return try lines(path).compactMap { row in
            guard let id = row["id"] as? String, let claim = row["claim"] as? String, let label = row["label"] as? String,
                let qa = row["evidence_qa"] as? [[String: Any]]
            else { return nil }
            let evidence = qa.compactMap { item -> ClaimCase.Evidence? in
                guard let answer = item["answer"] as? String, item["answer_type"] as? String != "Unanswerable",
                    answer.count > 20
                else { return nil }
                return .init(text: answer, label: nil)
            }
            return ClaimCase(id: id, claim: claim, label: labels[label] ?? label, evidence: evidence)
        }
    }

    /// The page a claim is checked against: its own evidence and `distractors` evidence texts of
    /// other claims, chosen and ordered by a hash of the claim's id (the same every run), one
    /// paragraph each.
    public static func page(for index: Int, in cases: [ClaimCase], distractors: Int = 20) -> [String] {
        let own = cases[index]
        var texts = own.evidence.map(\.text)
        var seen = Set(texts.map(key))
        var k: UInt64 = 0
        while texts.count < own.evidence.count + distractors, cases.count > 1, k < 1000 {
            let h = hash("\(own.id):\(k)")
            k += 1
            let other = Int(h % UInt64(cases.count))
            guard other != index, !cases[other].evidence.isEmpty else { continue }
            let text = cases[other].evidence[Int((h >> 32) % UInt64(cases[other].evidence.count))].text
            if seen.insert(key(text)).inserted { texts.append(text) }
        }
        return texts.sorted { (hash(own.id + $0), $0) < (hash(own.id + $1), $1) }
    }

    /// A text folded for comparing: whitespace collapsed, trimmed.
    public static func key(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// FNV-1a, 64 bits: a hash that is the same on every run and machine.
    public static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    private static func lines(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}

/// Plain BM25 Okapi (k1 1.5, b 0.75) over lower-cased letter-and-digit tokens, no stemming or
/// stop words: the baseline the claim sets' README names.
public struct OkapiBM25: Sendable {
    /// Term-frequency saturation.
    public var k1 = 1.5
    /// Length normalisation.
    public var b = 0.75

    /// Creates the baseline.
    public init() {}

    /// The index of the best document for the query (the first on ties; nil when there are none).
    public func best(_ query: String, in documents: [String]) -> Int? {
        guard !documents.isEmpty else { return nil }
        let docs = documents.map(Self.tokens)
        let n = Double(docs.count)
        let average = max(1, Double(docs.reduce(0) { $0 + $1.count }) / n)
        var df: [String: Int] = [:]
        for doc in docs { for term in Set(doc) { df[term, default: 0] += 1 } }
        let terms = Self.tokens(query)
        var best = 0
        var bestScore = -Double.infinity
        for (i, doc) in docs.enumerated() {
            var tf: [String: Int] = [:]
            for term in doc { tf[term, default: 0] += 1 }
            var score = 0.0
            for term in terms {
                guard let f = tf[term].map(Double.init), let d = df[term].map(Double.init) else { continue }
                let idf: Double = log(1 + (n - d + 0.5) / (d + 0.5))
                let norm: Double = 1 - b + b * Double(doc.count) / average
                score += idf * f * (k1 + 1) / (f + k1 * norm)
            }
            if score > bestScore {
                bestScore = score
                best = i
            }
        }
        return best
    }

    /// The score of one text as a document among `documents` (0 when it shares no word with the query).
    public func score(_ query: String, _ text: String, in documents: [String]) -> Double {
        let docs = documents.map(Self.tokens)
        let n = Double(docs.count)
        let average = max(1, Double(docs.reduce(0) { $0 + $1.count }) / n)
        var df: [String: Int] = [:]
        for doc in docs { for term in Set(doc) { df[term, default: 0] += 1 } }
        let doc = Self.tokens(text)
        var tf: [String: Int] = [:]
        for term in doc { tf[term, default: 0] += 1 }
        var score = 0.0
        for term in Self.tokens(query) {
            guard let f = tf[term].map(Double.init) else { continue }
            let d = Double(df[term] ?? 1)
            let idf: Double = log(1 + (n - d + 0.5) / (d + 0.5))
            let norm: Double = 1 - b + b * Double(doc.count) / average
            score += idf * f * (k1 + 1) / (f + k1 * norm)
        }
        return score
    }

    /// Lower-cased runs of letters and digits.
    public static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
