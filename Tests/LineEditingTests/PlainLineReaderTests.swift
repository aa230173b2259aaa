import Testing
@testable import LineEditing

@Suite struct PlainLineReaderTests {
    @Test func readerConformsToProtocol() {
        let reader: any LineReader = PlainLineReader()
        #expect(reader is PlainLineReader)
    }
}
