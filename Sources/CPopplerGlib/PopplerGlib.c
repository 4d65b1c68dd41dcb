#include "PopplerGlib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

// The library's name with its ABI version (Debian's libpoppler-glib8), then the development
// link any build machine has (libpoppler-glib-dev).
static const char *const library_names[] = { "libpoppler-glib.so.8", "libpoppler-glib.so" };

static struct {
    ppg_document *(*document_new_from_file)(const char *, const char *, GError **);
    int (*document_get_n_pages)(ppg_document *);
    ppg_page *(*document_get_page)(ppg_document *, int);
    gchar *(*document_get_title)(ppg_document *);
    gchar *(*document_get_producer)(ppg_document *);
    gchar *(*document_get_creator)(ppg_document *);
    GQuark (*error_quark)(void);
    void (*page_get_size)(ppg_page *, double *, double *);
    void (*page_render)(ppg_page *, cairo_t *);
    void (*object_unref)(void *);
} api;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static const char *load_message = "poppler-glib not loaded";

static void load(void)
{
    void *library = NULL;
    for (size_t i = 0; i < sizeof library_names / sizeof *library_names && !library; i++)
        library = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *reason = dlerror();
        load_message = reason ? reason : "libpoppler-glib.so.8 cannot be opened";
        return;
    }
#define SYMBOL(field, name)                                 \
    *(void **)(&api.field) = dlsym(library, name);          \
    if (!api.field) {                                       \
        load_message = "poppler-glib lacks " name;          \
        return;                                             \
    }
    SYMBOL(document_new_from_file, "poppler_document_new_from_file")
    SYMBOL(document_get_n_pages, "poppler_document_get_n_pages")
    SYMBOL(document_get_page, "poppler_document_get_page")
    SYMBOL(document_get_title, "poppler_document_get_title")
    SYMBOL(document_get_producer, "poppler_document_get_producer")
    SYMBOL(document_get_creator, "poppler_document_get_creator")
    SYMBOL(error_quark, "poppler_error_quark")
    SYMBOL(page_get_size, "poppler_page_get_size")
    SYMBOL(page_render, "poppler_page_render")
    SYMBOL(object_unref, "g_object_unref")
#undef SYMBOL
    loaded = 1;
}

int ppg_load(const char **message)
{
    pthread_once(&load_once, load);
    if (!loaded && message)
        *message = load_message;
    return loaded;
}

ppg_document *ppg_document_new_from_file(const char *uri, const char *password, GError **error)
{
    return api.document_new_from_file(uri, password, error);
}

int ppg_document_get_n_pages(ppg_document *document) { return api.document_get_n_pages(document); }
ppg_page *ppg_document_get_page(ppg_document *document, int index) { return api.document_get_page(document, index); }
gchar *ppg_document_get_title(ppg_document *document) { return api.document_get_title(document); }
gchar *ppg_document_get_producer(ppg_document *document) { return api.document_get_producer(document); }
gchar *ppg_document_get_creator(ppg_document *document) { return api.document_get_creator(document); }
GQuark ppg_error_quark(void) { return api.error_quark(); }
void ppg_page_get_size(ppg_page *page, double *width, double *height) { api.page_get_size(page, width, height); }
void ppg_page_render(ppg_page *page, cairo_t *cairo) { api.page_render(page, cairo); }
void ppg_object_unref(void *object) { api.object_unref(object); }
