// swift-tools-version:6.0
import PackageDescription

// The fuzz targets, in a package of their own so that the main package and CI never need
// the fuzzer runtime. Build and run one with `Fuzz/run TARGET SECONDS` (see docs/reliability.md);
// `Fuzz/run list` names them.
let package = Package(
    name: "claimcheck-fuzz",
    dependencies: [
        .package(name: "claimcheck", path: ".."),
    ],
    targets: [
        // Starts libFuzzer (`LLVMFuzzerRunDriver`) with a Swift callback.
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "claimcheck-fuzz",
            dependencies: [
                "CFuzzDriver",
                .product(name: "ClaimCheck", package: "claimcheck"),
                .product(name: "ClaimCheckFetch", package: "claimcheck"),
            ],
            // Entry point is `@_cdecl("claimcheck_fuzz_main")`, not top-level code.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
