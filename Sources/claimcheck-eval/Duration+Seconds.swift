extension Duration {
    /// The duration in seconds, as a `Double`, for printing rates and times.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
