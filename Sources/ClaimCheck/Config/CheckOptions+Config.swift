extension CheckOptions {
    /// Applies a configuration: its rule severities over the current ones, its publishers
    /// added to the alias table, its tolerance, ignore patterns and vague phrases.
    public mutating func apply(_ config: Config) {
        severities.merge(config.severities) { _, configured in configured }
        for publisher in config.publishers {
            aliases.add(publisher.name, aliases: publisher.aliases, domains: publisher.domains)
        }
        if let tolerance = config.tolerance { self.tolerance = tolerance }
        ignore = config.ignore
        vagueAttributions += config.vagueAttributions
    }

    /// These options with a configuration applied.
    public func applying(_ config: Config) -> CheckOptions {
        var copy = self
        copy.apply(config)
        return copy
    }
}
