@testable import ClaimCheckFetch
import ClaimCheck
import Foundation
import Testing

/// The address rules, without any network.
struct FetchPolicyTests {
    @Test(arguments: [
        ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("172.31.255.255", "private"),
        ("192.168.1.1", "private"), ("169.254.169.254", "link-local"), ("100.64.0.1", "shared (CGNAT)"),
        ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"), ("::1", "loopback"), ("::", "unspecified"),
        ("fc00::1", "private"), ("fd12::1", "private"), ("fe80::1", "link-local"), ("ff02::1", "multicast"),
        ("::ffff:10.0.0.1", "private"),
    ])
    func restrictedAddresses(address: String, range: String) {
        #expect(AddressPolicy.restrictedRange(of: address) == range)
    }

    @Test(arguments: ["93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "8.8.8.8"])
    func publicAddresses(address: String) {
        #expect(AddressPolicy.restrictedRange(of: address) == nil)
    }

    static func reason(_ url: String, allowPrivate: Bool = false) -> String? {
        var policy = AddressPolicy(allowPrivate: allowPrivate)
        policy.resolve = { _ in ["203.0.113.7"] }
        do {
            try policy.check(url)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func schemesOtherThanHTTPAreRefused() {
        #expect(Self.reason("file:///etc/passwd")?.contains("file: scheme") == true)
        #expect(Self.reason("ftp://example.org/x")?.contains("ftp: scheme") == true)
        #expect(Self.reason("gopher://example.org/", allowPrivate: true)?.contains("scheme") == true)
    }

    @Test func credentialsAreRefused() {
        #expect(Self.reason("http://user:secret@example.org/")?.contains("credentials") == true)
        #expect(Self.reason("https://user@example.org/", allowPrivate: true)?.contains("credentials") == true)
    }

    @Test func invalidURLsAreRefused() {
        #expect(Self.reason("not a url") != nil)
        #expect(Self.reason("http://") != nil)
    }

    @Test func aNameResolvingToAPrivateAddressIsRefused() {
        var policy = AddressPolicy()
        policy.resolve = { _ in ["203.0.113.7", "10.0.0.5"] }
        #expect(throws: FetchFailure.self) { try policy.check("https://intranet.example/") }
        #expect(Self.reason("http://[::1]:8080/")?.contains("loopback") == true)
        #expect(Self.reason("https://news.example/a") == nil)
        #expect(Self.reason("http://127.0.0.1/", allowPrivate: true) == nil)
    }

    @Test func tenThousandRefusedLinksFinishQuickly() {
        var settings = FetchSettings()
        settings.cacheFolder = nil
        let links = (0..<10_000).map { "http://10.0.\($0 / 256 % 256).\($0 % 256)/story/\($0)" }
        let results = FetchRun(settings: settings).fetch(links)
        #expect(results.count == 10_000)
        #expect(results.allSatisfy { (try? $0.result.get()) == nil })
    }
}
