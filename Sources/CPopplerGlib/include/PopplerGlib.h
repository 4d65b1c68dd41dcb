#pragma once
// poppler-glib, for pictures of pages only (PopplerDocument, PageRenderer: build's failure
// pictures, `inspect --png`), opened with dlopen(3) when the first picture is drawn instead
// of being linked: reading uses poppler's core (CPopplerPass), and loading poppler-glib
// with GIO and the objects it brings at every start cost each process ~1.6 ms of CPU.
// The functions are poppler-glib's, with opaque handles.
#include <glib.h>
#include <cairo.h>

typedef struct ppg_document ppg_document;
typedef struct ppg_page ppg_page;

/// POPPLER_ERROR_ENCRYPTED of poppler-glib's PopplerError.
enum { PPG_ERROR_ENCRYPTED = 1 };

/// Loads poppler-glib once per process; 1 when its functions can be called. When not,
/// `message` (when not NULL) is set to why (static, do not free).
int ppg_load(const char **message);

// Valid once ppg_load answered 1.
ppg_document *ppg_document_new_from_file(const char *uri, const char *password, GError **error);
int ppg_document_get_n_pages(ppg_document *document);
ppg_page *ppg_document_get_page(ppg_document *document, int index);
gchar *ppg_document_get_title(ppg_document *document);
gchar *ppg_document_get_producer(ppg_document *document);
gchar *ppg_document_get_creator(ppg_document *document);
GQuark ppg_error_quark(void);
void ppg_page_get_size(ppg_page *page, double *width, double *height);
void ppg_page_render(ppg_page *page, cairo_t *cairo);
/// g_object_unref, for a document or a page.
void ppg_object_unref(void *object);
