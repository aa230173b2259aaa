// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Briefing",
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingKit", targets: ["BriefingKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Every stage of the pipeline: reading, text, entities, relations, store, commands, summary.
        .target(name: "BriefingKit"),
        // libedit, seen through a small C shim (see Sources/CLibEdit/shim.h).
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // A Swift line editor over libedit, behind the `LineReader` protocol.
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        // The thin executable: flags, input source, the loop.
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingKit",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks over ../shared/corpus (run in release builds).
        .executableTarget(name: "briefing-bench", dependencies: ["BriefingKit"]),
        .testTarget(name: "BriefingKitTests", dependencies: ["BriefingKit"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "EndToEndTests", dependencies: ["briefing"]),
    ],
    swiftLanguageModes: [.v6]
)
