import PageLayout

extension ProgramRecognizer {
    /// Recognises as `recognize(pages:title:)` does (the same result) and records in `trace`
    /// the rows, tables and grids it used, for `perfprog inspect`.
    public static func recognize(pages: [Page], title: String?, trace: inout RecognitionTrace) -> RecognizedProgram {
        let recorder = TraceRecorder()
        let result = TraceRecorder.$current.withValue(recorder) {
            recognize(pages: pages, title: title)
        }
        trace = recorder.trace()
        return result
    }
}
