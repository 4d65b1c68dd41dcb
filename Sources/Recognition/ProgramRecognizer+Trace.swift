import PageLayout

extension ProgramRecognizer {
    /// Recognises as `recognize(pages:title:)` does (the same result) and records in `trace`
    /// the rows, tables and grids it used, for `perfprog inspect`.
    public static func recognize(pages: [Page], title: String?, trace: inout RecognitionTrace) -> RecognizedProgram {
        PageStreamRecognizer.tracing(title: title, trace: &trace) { (stream: inout PageStreamRecognizer) in
            for page in pages { stream.add(page) }
        }
    }
}

extension PageStreamRecognizer {
    /// Recognises the pages `feed` adds, as a stream (the same result as without a trace), and
    /// records in `trace` what recognition used on `pages` (nil: on every page): their rows, and
    /// the tables and grids shown on them. Only those are kept, so an inspection of a few pages
    /// holds what `extract` holds, whatever the document's length.
    public static func tracing<Failure: Error>(title: String?, pages: Set<Int>? = nil, trace: inout RecognitionTrace,
                                               _ feed: (inout PageStreamRecognizer) throws(Failure) -> Void) throws(Failure) -> RecognizedProgram {
        let recorder = TraceRecorder(pages: pages)
        var failure: Failure?
        // The recorder is found by the readers (`TraceRecorder.current`) while the pages are fed.
        let result: RecognizedProgram? = TraceRecorder.$current.withValue(recorder) {
            var stream = PageStreamRecognizer(title: title)
            do throws(Failure) {
                try feed(&stream)
            } catch {
                failure = error
                return nil
            }
            return stream.finish()
        }
        if let failure { throw failure }
        trace = recorder.trace()
        return result!
    }
}
