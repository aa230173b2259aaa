extension Sentence {
    /// The sentence's tokens; ranges are scalar offsets in ``text``, as ``Mention`` ranges are.
    ///
    /// ```swift
    /// article.sentences[0].tokens().filter { $0.kind == .word && $0.isCapitalized }.map(\.text)
    /// ```
    public func tokens(_ tokenizer: Tokenizer = Tokenizer()) -> [Token] {
        tokenizer.tokenize(text)
    }
}

extension Article {
    /// Quotation spans that touch sentence `number` (1-based).
    ///
    /// ```swift
    /// article.quotations(touching: 4).filter { !$0.isScareQuote }.map(\.text)
    /// ```
    public func quotations(touching number: Int) -> [QuotationSpan] {
        quotations.filter { $0.sentenceNumbers.contains(number) }
    }
}
