import ClaimCheck

/// `--language` of `claimcheck figures`.
enum FiguresLanguage: String, CaseIterable {
    case en, fr, auto

    func resolve(_ text: String) -> Language {
        switch self {
        case .en: return .english
        case .fr: return .french
        case .auto: return Language.detect(text)
        }
    }
}

/// `--format` of `claimcheck figures`.
enum FiguresFormat: String, CaseIterable {
    case text, json
}
