// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "claimcheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ClaimCheck", targets: ["ClaimCheck"]),
        .library(name: "ClaimCheckFetch", targets: ["ClaimCheckFetch"]),
        .executable(name: "claimcheck", targets: ["claimcheck"]),
        .executable(name: "claimcheck-eval", targets: ["claimcheck-eval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML for `.claimcheck.yml`; only the ClaimCheck target imports it.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        // libxml2, through pkg-config; only ClaimCheckHTML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, through pkg-config; only ClaimCheck imports it (streaming `.warc.gz`).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Reading: HTML pages (libxml2), Markdown and plain-text drafts → `Document`.
        .target(name: "ClaimCheckHTML", dependencies: ["CLibXML2"]),
        // Pure Swift text: sentences, tokens, numbers, figures, dates.
        .target(name: "ClaimCheckText"),
        // The public library: claims, attributions, sources, matching, checks, reports.
        .target(
            name: "ClaimCheck",
            dependencies: ["ClaimCheckHTML", "ClaimCheckText", "CZlib", .product(name: "Yams", package: "Yams")]
        ),
        // Optional: fetching cited pages (URLSession, so FoundationNetworking), the fetch cache,
        // snapshots and the WARC writer. `import ClaimCheck` alone stays offline.
        .target(name: "ClaimCheckFetch", dependencies: ["ClaimCheck", "ClaimCheckHTML"]),
        // Internal, not a product: evaluation-set readers and scoring for `claimcheck-eval` and tests.
        .target(name: "ClaimCheckEvaluation"),
        // Internal, not a product: helpers the test targets share (running the built tools,
        // temporary folders, the loopback test server).
        .target(name: "ClaimCheckTestSupport", dependencies: ["ClaimCheck", "ClaimCheckFetch"]),
        .executableTarget(
            name: "claimcheck",
            dependencies: [
                "ClaimCheck",
                "ClaimCheckFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "claimcheck-eval",
            dependencies: [
                "ClaimCheck",
                "ClaimCheckEvaluation",
                "CLibXML2",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ClaimCheckHTMLTests", dependencies: ["ClaimCheckHTML", "ClaimCheckEvaluation"]),
        .testTarget(name: "ClaimCheckTextTests", dependencies: ["ClaimCheckText"]),
        // CLibXML2: the HTML report tests ask libxml2's own parser for its errors.
        .testTarget(name: "ClaimCheckTests", dependencies: ["ClaimCheck", "ClaimCheckHTML", "ClaimCheckTestSupport", "CLibXML2"]),
        .testTarget(name: "ClaimCheckFetchTests", dependencies: ["ClaimCheckFetch", "ClaimCheck", "ClaimCheckTestSupport"]),
        // Runs the built `claimcheck` binary as a process, as users and CI do.
        .testTarget(name: "claimcheckTests", dependencies: ["ClaimCheck", "ClaimCheckFetch", "claimcheck", "ClaimCheckTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
