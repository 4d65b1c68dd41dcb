#pragma once
// One poppler pass per page: the page's text as poppler-glib gives it (text, one box per
// character, font runs) and its drawing (the strokes and fills that make the rulings),
// from one interpretation of the page's content. C API for Swift (Extraction).
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pp_document pp_document;

/// Why a document could not be opened.
typedef enum {
    PP_OPEN_OK = 0,
    PP_OPEN_ENCRYPTED = 1,
    PP_OPEN_FAILED = 2,
} pp_open_status;

typedef struct {
    double x1, y1, x2, y2;
} pp_box;

/// Characters [start, end] (indices into the page's text, as poppler-glib's text
/// attributes) share one font: `font` indexes the page's font names.
typedef struct {
    int start;
    int end;
    double font_size;
    int font;
} pp_run;

typedef enum {
    PP_STROKE = 0,
    PP_FILL = 1,
} pp_paint_kind;

/// One stroke or fill as it reached cairo's surface: pieces [first, first + count) of the
/// page's pieces (device space: points, origin top-left), either boxes (opposite corners)
/// or straight segments (x1,y1 to x2,y2) of the path's outline; and the grey (0 black … 1
/// white) of the last opaque colour painted with, which is a fill's grey.
typedef struct {
    pp_paint_kind kind;
    int boxes;
    size_t first;
    size_t count;
    double grey;
} pp_paint;

/// What a pass over one page yields. Valid until the next pass or pp_close.
typedef struct {
    double width, height;
    /// Unicode scalars laid out by poppler, UTF-8, NUL-terminated; one box per scalar.
    const char *text;
    const pp_box *boxes;
    size_t box_count;
    const pp_run *runs;
    size_t run_count;
    const char *const *fonts;
    size_t font_count;
    /// The page's strokes and fills, in drawing order (none when rulings were not asked for).
    const pp_paint *paints;
    size_t paint_count;
    const pp_box *pieces;
    size_t piece_count;
    /// Images drawn on the page (content and annotations).
    int images;
    /// Glyphs drawn (characters other than blanks); when more than the limit, the text was
    /// not laid out and `text` is empty.
    int glyphs;
    int refused;
} pp_page;

enum {
    PP_READ_FONTS = 1,
    PP_READ_RULINGS = 2,
};

/// Opens `path` (file name bytes) with `password` (UTF-8, may be NULL). On failure returns
/// NULL, sets `status` and `message` (free with pp_free_string).
pp_document *pp_open(const char *path, const char *password, pp_open_status *status, char **message);
void pp_close(pp_document *doc);
int pp_page_count(pp_document *doc);
/// A document information entry ("Title", "Producer", "Creator") as UTF-8, or NULL.
char *pp_info(pp_document *doc, const char *key);
void pp_free_string(char *s);
/// Reads page `index` (0-based). Returns 0 when the page cannot be read.
int pp_read_page(pp_document *doc, int index, int flags, int glyph_limit, pp_page *out);
/// The size of page `index` as displayed (rotation applied), without reading it.
int pp_page_size(pp_document *doc, int index, double *width, double *height);
// poppler Page objects the document holds (the shim releases those behind the page read).
int pp_held_pages(pp_document *doc);

#ifdef __cplusplus
}
#endif
