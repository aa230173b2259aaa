import Testing
@testable import BriefingKit

@Suite struct PorterStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cats", "cat"), ("feed", "feed"),
        ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"),
        ("hopping", "hop"), ("falling", "fall"), ("hissing", "hiss"), ("filing", "file"),
        ("happy", "happi"), ("says", "say"), ("relational", "relat"), ("conditional", "condit"),
        ("generalization", "gener"), ("oscillators", "oscil"), ("replacement", "replac"),
        ("adoption", "adopt"), ("electrical", "electr"), ("killed", "kill"), ("killing", "kill"),
        ("police", "polic"), ("soldier", "soldier"), ("were", "were"),
    ])
    func stemsLikeThePublishedAlgorithm(word: String, stem: String) {
        #expect(PorterStemmer().stem(word) == stem)
    }

    @Test func leavesNonLettersAndShortWordsAlone() {
        #expect(PorterStemmer().stem("2bn") == "2bn")
        #expect(PorterStemmer().stem("is") == "is")
    }
}
