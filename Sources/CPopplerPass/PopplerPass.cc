// One poppler pass per page for Extraction: the page's content is interpreted once (fonts
// and resources read once), by an output device that is poppler's own TextOutputDev (the
// text exactly as poppler-glib lays it out) and that also follows the page's paths — and
// only its paths: no glyphs, no images — the way poppler-glib's CairoOutputDev draws them
// (stroke adjustment, colours, opacity, clips, soft masks), recording each stroke and fill
// as it would reach cairo's surface, so that the rulings are those of a full render.
#include "PopplerPass.h"
#include "DevicePath.h"

#include <GlobalParams.h>
#include <Annot.h>
#include <Catalog.h>
#include <Gfx.h>
#include <GfxFont.h>
#include <GfxState.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <Page.h>
#include <TextOutputDev.h>
#include <UnicodeMap.h>
#include <Error.h>
#include <ErrorCodes.h>

#include <cairo.h>
#include <glib.h>

#include <cmath>
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

// poppler's messages go to GLib's log, worded as poppler-glib words them, where the
// Swift side collects them (PopplerLog).
void logError(ErrorCategory category, Goffset pos, const char *message)
{
    static const char *const names[] = { "Syntax warning", "Syntax error", nullptr, nullptr, "IO error", nullptr, "Unimplemented feature", "Internal error" };
    if (category == errConfig || category == errCommandLine || category == errNotAllowed)
        return;
    g_log("Poppler", G_LOG_LEVEL_INFO, "%s at position %" G_GOFFSET_FORMAT ": %s", names[category], (goffset)pos, message);
}

GlobalParamsIniter &globalParamsIniter()
{
    static GlobalParamsIniter initer(logError);
    return initer;
}

// poppler keeps every Page object it builds until the document closes: the catalog's page
// cache (all pages up to the last one asked for, a few kB each with their dictionaries) and,
// for a linearized file, PDFDoc's own. Read in page order, a long document would hold them
// all; the shim releases the pages behind the one it reads (pp_document::releaseBefore).
// Neither cache offers a way to do that; an explicit template instantiation may name a
// private member (C++ [temp.explicit]: access is not checked there), which gives the
// pointer-to-member below and nothing else.
template <typename Tag, typename Tag::type member>
struct PrivateMember
{
    friend typename Tag::type privateMember(Tag) { return member; }
};
struct CatalogPages
{
    using type = std::vector<std::pair<std::unique_ptr<Page>, Ref>> Catalog::*;
    friend type privateMember(CatalogPages);
};
template struct PrivateMember<CatalogPages, &Catalog::pages>;
struct LinearizedPages
{
    using type = Page **PDFDoc::*;
    friend type privateMember(LinearizedPages);
};
template struct PrivateMember<LinearizedPages, &PDFDoc::pageCache>;
// TextPage's conversion of a piece of a line to the text encoding (bidi order, as
// getSelectionText writes it), for the page's text made in the same walk as its boxes.
struct TextDumpFragment
{
    using type = int (TextPage::*)(const Unicode *, int, const UnicodeMap *, GooString *) const;
    friend type privateMember(TextDumpFragment);
};
template struct PrivateMember<TextDumpFragment, &TextPage::dumpFragment>;
// The page's primary direction, which dumpFragment writes a piece of a line in.
struct TextPrimaryLR
{
    using type = bool TextPage::*;
    friend type privateMember(TextPrimaryLR);
};
template struct PrivateMember<TextPrimaryLR, &TextPage::primaryLR>;
// The fonts a page's interpreter looks its font tags up in (FontCache): the bottom of Gfx's
// resource stack, that entry's font dictionary, and the dictionary's fonts.
struct GfxResourceStack
{
    using type = GfxResources *Gfx::*;
    friend type privateMember(GfxResourceStack);
};
template struct PrivateMember<GfxResourceStack, &Gfx::res>;
struct ResourceFonts
{
    using type = GfxFontDict *GfxResources::*;
    friend type privateMember(ResourceFonts);
};
template struct PrivateMember<ResourceFonts, &GfxResources::fonts>;
struct FontDictFonts
{
    using type = std::vector<std::shared_ptr<GfxFont>> GfxFontDict::*;
    friend type privateMember(FontDictFonts);
};
template struct PrivateMember<FontDictFonts, &GfxFontDict::fonts>;

// poppler builds every font of a page's resources again for each page (Gfx's resources:
// GfxFontDict → GfxFont::makeFont, reading the font dictionary, its widths, encoding and
// ToUnicode CMap), although pages share their fonts (one indirect object each): that was a
// sixth to a quarter of a page's reading. The cache keeps each font built once per document
// (a GfxFont does not change once made: Gfx and TextOutputDev only read it) and hands the
// page's interpreter a font dictionary of those fonts, as GfxFontDict would have built it.
class FontCache
{
public:
    // Fonts kept at most: a document's fonts are few (tens); a file that makes a new font
    // per page starts the cache afresh instead of growing with its page count.
    static constexpr size_t limit = 256;

    void clear() { fonts.clear(); }

    // The interpreter for `page` with its fonts from the cache; nullptr when the page's
    // fonts are not all indirect font dictionaries (poppler's own createGfx reads those).
    Gfx *createGfx(PDFDoc *doc, Page *page, OutputDev *device)
    {
        XRef *xref = doc->getXRef();
        Dict *resources = page->getResourceDict();
        if (!resources)
            return nullptr;
        Object fontDict = resources->lookup("Font");
        if (!fontDict.isDict())
            return nullptr;
        std::vector<std::shared_ptr<GfxFont>> pageFonts;
        if (!collect(xref, fontDict.getDict(), pageFonts))
            return nullptr;
        // The resources with an empty font dictionary, so that Gfx builds no font (and an
        // empty GfxFontDict, which poppler does not let the shim make); its fonts are set below.
        std::unique_ptr<Dict> others(resources->copy(xref));
        others->set("Font", Object(new Dict(xref)));
        // As Page::createGfx (72 dpi, no rotation asked, crop box, no slice).
        int rotate = page->getRotate();
        if (rotate >= 360)
            rotate -= 360;
        else if (rotate < 0)
            rotate += 360;
        PDFRectangle box;
        bool crop = true;
        page->makeBox(72.0, 72.0, rotate, false, device->upsideDown(), -1, -1, -1, -1, &box, &crop);
        Gfx *gfx = new Gfx(doc, device, page->getNum(), others.get(), 72.0, 72.0, &box, crop ? page->getCropBox() : nullptr, rotate, nullptr, nullptr, nullptr);
        // GfxResources makes a GfxFontDict of any Font entry that is a dictionary; the page's
        // resources own it (deleted with the Gfx), the fonts are shared with the cache.
        GfxFontDict *dict = (gfx->*privateMember(GfxResourceStack {}))->*privateMember(ResourceFonts {});
        dict->*privateMember(FontDictFonts {}) = std::move(pageFonts);
        return gfx;
    }

private:
    // A font is one indirect object, looked up by its tag: the same object under another
    // tag is another GfxFont for poppler (GfxFont::matches compares the tag).
    std::map<std::pair<Ref, std::string>, std::shared_ptr<GfxFont>> fonts;

    // The fonts of `fontDict` in its order, as GfxFontDict makes them (a font that is not
    // ok is none); false when an entry is not a reference to a dictionary.
    bool collect(XRef *xref, Dict *fontDict, std::vector<std::shared_ptr<GfxFont>> &out)
    {
        for (int i = 0; i < fontDict->getLength(); i++) {
            const Object &entry = fontDict->getValNF(i);
            if (!entry.isRef())
                return false;
            auto key = std::make_pair(entry.getRef(), std::string(fontDict->getKey(i)));
            auto found = fonts.find(key);
            if (found != fonts.end()) {
                out.push_back(found->second);
                continue;
            }
            Object font = entry.fetch(xref);
            if (!font.isDict())
                return false;
            std::shared_ptr<GfxFont> made = GfxFont::makeFont(xref, fontDict->getKey(i), entry.getRef(), font.getDict());
            if (made && !made->isOk())
                made.reset();
            if (fonts.size() >= limit)
                fonts.clear();
            fonts.emplace(key, made);
            out.push_back(made);
        }
        return true;
    }
};

// The text device with the page's drawing read alongside. Text calls go to TextOutputDev as
// poppler-glib's text pass makes them; path calls follow poppler-glib's CairoOutputDev (its
// stroke, fill, clip and state code, paths only): cairo keeps the transform and the clip,
// and each stroke and fill is recorded as it would reach a cairo surface — its pieces in
// device space (DevicePath) and, for a fill, the grey of its colour.
class PassOutputDev : public TextOutputDev
{
public:
    PassOutputDev() : TextOutputDev(nullptr, true, 0, false, false) { }
    ~PassOutputDev() override { endRecording(); }

    // Starts reading the page's drawing into `paints` and `pieces` (rulings asked for).
    void beginRecording(double width, double height, std::vector<pp_paint> *paintsOut, std::vector<pp_box> *piecesOut)
    {
        // Never drawn on: it holds cairo's graphics state only. Unbounded, so that the
        // clip's extents are the clip's own.
        surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
        cairo = cairo_create(surface);
        cairo_save(cairo);
        // A fill covering the page is cairo's "paint", not a fill; cairo's page surface
        // was whole points wide and high (the size truncated).
        pageWidth = (int)width;
        pageHeight = (int)height;
        paints = paintsOut;
        pieces = piecesOut;
        grey = 0;
    }

    void endRecording()
    {
        if (!cairo)
            return;
        cairo_restore(cairo);
        cairo_destroy(cairo);
        cairo = nullptr;
        cairo_surface_destroy(surface);
        surface = nullptr;
        maskStack.clear();
        mask = false;
        strokePathClip.reset();
    }

    int images = 0;
    int glyphs = 0;
    int glyphLimit = 0;
    // Annotations are drawn for their paths only: poppler-glib's text leaves them out.
    bool textSuspended = false;

    bool overLimit() const { return glyphLimit > 0 && glyphs > glyphLimit; }

    // What the two devices need of the interpreter: text as TextOutputDev, images and
    // patterns reach the device (counted, or drawn as CairoOutputDev draws them).
    bool needNonText() override { return true; }
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int type) override { return type <= 7; }
    bool useFillColorStop() override { return true; }

    void startPage(int pageNum, GfxState *state, XRef *xref) override
    {
        TextOutputDev::startPage(pageNum, state, xref);
        images = 0;
        glyphs = 0;
        fillColor = {};
        strokeColor = {};
        fillOpacity = strokeOpacity = 1;
        fillSource = strokeSource = Source {};
        over = true;
    }

    // Text: to TextOutputDev, up to the glyph limit.
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override
    {
        if (textSuspended)
            return;
        if (uLen > 0 && !isBlank(u[0]))
            glyphs++;
        if (overLimit() || (inString ? stringIsWatermark : isWatermark(state)))
            return;
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    }
    // A watermark set across the page ("TASLAK") is left out before poppler's text page sees
    // it: poppler cuts diagonal text into pieces that stand in the tables' lines, and its
    // discardDiag leaves the first word after diagonal text out too. A watermark is diagonal
    // text (its baseline off both axes by more than poppler's own slope for diagonal text)
    // set as a mark over the page: large beside the page, or light, or see-through. Dark
    // diagonal text of a body's size stays: a spreadsheet's column headers turned 45° are the
    // table's own (left out, their columns' figures would run into their neighbours' cells).
    static constexpr double diagonalSlope = 0.1;
    // "TASLAK" across an A4 page is set at 60-150 pt; a turned header at 6-12 pt. A twentieth
    // of the page's shorter side is 30 pt on A4, 21 pt on A5.
    static constexpr double watermarkSizeFraction = 1.0 / 20;
    // Light grey (0.8) and paler; body text and turned headers are black or dark.
    static constexpr double watermarkLightness = 0.6;
    static bool isWatermark(GfxState *state)
    {
        double m11, m12, m21, m22;
        state->getFontTransMat(&m11, &m12, &m21, &m22);
        const double along = fabs(m11), across = fabs(m12);
        if (std::min(along, across) <= diagonalSlope * std::max(along, across))
            return false;
        const double shorterSide = std::min(state->getPageWidth(), state->getPageHeight());
        if (state->getTransformedFontSize() >= watermarkSizeFraction * shorterSide)
            return true;
        if (state->getFillOpacity() < 1)
            return true;
        GfxGray gray;
        state->getFillGray(&gray);
        return colToDbl(gray) >= watermarkLightness;
    }

    // Whether the string being shown is a watermark, told once for its glyphs: what
    // isWatermark reads (the font's matrix, size, fill, the page) stays as it is through one
    // string, whose glyphs only move along. Told per glyph it was most of what this device
    // adds to poppler's text (balikesir-2024: 31 of 271 M instructions, now 8).
    bool inString = false;
    bool stringIsWatermark = false;

    void beginString(GfxState *state, const GooString *s) override
    {
        inString = true;
        stringIsWatermark = isWatermark(state);
        if (!textSuspended)
            TextOutputDev::beginString(state, s);
    }
    void endString(GfxState *state) override
    {
        inString = false;
        if (!textSuspended)
            TextOutputDev::endString(state);
    }
    void incCharCount(int nChars) override
    {
        if (!textSuspended)
            TextOutputDev::incCharCount(nChars);
    }
    void beginActualText(GfxState *state, const GooString *text) override
    {
        if (!textSuspended)
            TextOutputDev::beginActualText(state, text);
    }
    void endActualText(GfxState *state) override
    {
        if (!textSuspended)
            TextOutputDev::endActualText(state);
    }

    // Images: counted (a page of images without text is scanned), never decoded.
    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override
    {
        images++;
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void setSoftMaskFromImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool inlineImg, double *baseMatrix) override
    {
        images++;
        OutputDev::drawImageMask(state, ref, str, width, height, invert, false, inlineImg);
    }
    void unsetSoftMaskFromImageMask(GfxState *, double *) override { }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg) override
    {
        images++;
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert, bool maskInterpolate) override
    {
        images++;
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, nullptr, false);
    }
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, GfxImageColorMap *maskColorMap,
                             bool maskInterpolate) override
    {
        images++;
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, nullptr, false);
    }

    // Paths: CairoOutputDev's state and drawing code for paths.
    void setDefaultCTM(const double *ctm) override
    {
        if (cairo) {
            cairo_matrix_t matrix = { ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5] };
            cairo_transform(cairo, &matrix);
        }
        TextOutputDev::setDefaultCTM(ctm);
    }

    void updateCTM(GfxState *state, double m11, double m12, double m21, double m22, double m31, double m32) override
    {
        if (!cairo)
            return;
        cairo_matrix_t matrix = { m11, m12, m21, m22, m31, m32 };
        cairo_matrix_t inverse = matrix;
        // cairo refuses a singular matrix; CairoOutputDev ignores it.
        if (cairo_matrix_invert(&inverse)) {
            error(errSyntaxWarning, -1, "matrix not invertible\n");
            return;
        }
        cairo_transform(cairo, &matrix);
        updateLineWidth(state);
    }

    void saveState(GfxState *state) override
    {
        TextOutputDev::saveState(state);
        if (!cairo)
            return;
        cairo_save(cairo);
        maskStack.push_back(MaskLevel { mask, strokePathClip });
    }

    void restoreState(GfxState *state) override
    {
        TextOutputDev::restoreState(state);
        if (!cairo)
            return;
        cairo_restore(cairo);
        updateFillColor(state);
        updateStrokeColor(state);
        updateFillOpacity(state);
        updateStrokeOpacity(state);
        updateBlendMode(state);
        if (!maskStack.empty()) {
            mask = maskStack.back().mask;
            strokePathClip = std::move(maskStack.back().strokePathClip);
            maskStack.pop_back();
        }
    }

    // Hairlines are widened to one device pixel, and then (stroke adjustment) their
    // coordinates are aligned to pixel centres: the rulings' positions come from there.
    void updateLineWidth(GfxState *state) override
    {
        if (!cairo)
            return;
        adjustedStrokeWidth = false;
        double width = state->getLineWidth();
        double x = width, y = width;
        cairo_user_to_device_distance(cairo, &x, &y);
        if (std::fabs(x) <= 1.0 && std::fabs(y) <= 1.0) {
            x = y = 1.0;
            cairo_device_to_user_distance(cairo, &x, &y);
            width = std::min(std::fabs(x), std::fabs(y));
            adjustedStrokeWidth = true;
        }
        cairo_set_line_width(cairo, width);
    }

    void updateFillColor(GfxState *state) override
    {
        if (!cairo)
            return;
        GfxRGB previous = fillColor;
        state->getFillRGB(&fillColor);
        if (!fillSource.solid || previous.r != fillColor.r || previous.g != fillColor.g || previous.b != fillColor.b)
            fillSource = Source::colour(fillColor, fillOpacity);
    }

    void updateStrokeColor(GfxState *state) override
    {
        if (!cairo)
            return;
        GfxRGB previous = strokeColor;
        state->getStrokeRGB(&strokeColor);
        // As CairoOutputDev: the stroke colour is taken again when the *fill* is not a
        // colour, or the colour changed.
        if (!fillSource.solid || previous.r != strokeColor.r || previous.g != strokeColor.g || previous.b != strokeColor.b)
            strokeSource = Source::colour(strokeColor, strokeOpacity);
    }

    void updateFillOpacity(GfxState *state) override
    {
        if (!cairo)
            return;
        double previous = fillOpacity;
        fillOpacity = state->getFillOpacity();
        if (previous != fillOpacity)
            fillSource = Source::colour(fillColor, fillOpacity);
    }

    void updateStrokeOpacity(GfxState *state) override
    {
        if (!cairo)
            return;
        double previous = strokeOpacity;
        strokeOpacity = state->getStrokeOpacity();
        if (previous != strokeOpacity)
            strokeSource = Source::colour(strokeColor, strokeOpacity);
    }

    // Every blend mode but Normal is another cairo operator than OVER, for which a
    // transparent colour still draws.
    void updateBlendMode(GfxState *state) override
    {
        if (cairo)
            over = state->getBlendMode() == gfxBlendNormal;
    }

    void stroke(GfxState *state) override
    {
        if (!cairo)
            return;
        readPath(state->getPath(), adjustedStrokeWidth);
        paintStroke(strokeSource);
        // CairoOutputDev strokes into a group, then strokes the clip's path with the group.
        if (strokePathClip)
            strokeClipPath(Source::pattern());
    }

    void fill(GfxState *state) override { fillPath(state, false); }
    void eoFill(GfxState *state) override { fillPath(state, true); }

    void clip(GfxState *state) override { clipPath(state, CAIRO_FILL_RULE_WINDING); }
    void eoClip(GfxState *state) override { clipPath(state, CAIRO_FILL_RULE_EVEN_ODD); }

    void clipToStrokePath(GfxState *state) override
    {
        if (!cairo)
            return;
        auto clip = std::make_shared<StrokePathClip>();
        clip->path.reset(state->getPath()->copy());
        cairo_get_matrix(cairo, &clip->ctm);
        strokePathClip = clip;
    }

    void setSoftMask(GfxState *, const double *, bool, Function *, GfxColor *) override { mask = true; }
    void clearSoftMask(GfxState *) override { mask = false; }

    // Shadings and tiling patterns fill with a pattern (never a colour) as CairoOutputDev
    // fills them; their content is not drawn.
    bool tilingPatternFill(GfxState *state, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double, double) override
    {
        if (!cairo)
            return true;
        double xMin, yMin, xMax, yMax;
        state->getUserClipBBox(&xMin, &yMin, &xMax, &yMax);
        readRectangle(xMin, yMin, xMax - xMin, yMax - yMin);
        if (strokePathClip)
            strokeClipPath(Source::pattern());
        else
            paintFill(Source::pattern());
        return true;
    }
    bool functionShadedFill(GfxState *state, GfxFunctionShading *) override { return fillClipWithPattern(state); }
    bool gouraudTriangleShadedFill(GfxState *state, GfxGouraudTriangleShading *) override { return fillClipWithPattern(state); }
    bool patchMeshShadedFill(GfxState *state, GfxPatchMeshShading *) override { return fillClipWithPattern(state); }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override
    {
        if (cairo)
            fillSource = Source::pattern();
        return false;
    }
    bool axialShadedSupportExtend(GfxState *, GfxAxialShading *shading) override { return shading->getExtend0() == shading->getExtend1(); }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override
    {
        if (cairo)
            fillSource = Source::pattern();
        return false;
    }
    bool radialShadedSupportExtend(GfxState *, GfxRadialShading *shading) override { return shading->getExtend0() == shading->getExtend1(); }

private:
    struct StrokePathClip
    {
        std::unique_ptr<GfxPath> path;
        cairo_matrix_t ctm;
    };
    struct MaskLevel
    {
        bool mask;
        std::shared_ptr<StrokePathClip> strokePathClip;
    };

    // What a stroke or fill paints with: a colour (cairo's solid pattern, components
    // clamped to 0…1), or a pattern (shading, tiling, group) whose colours are not read.
    struct Source
    {
        bool solid = true;
        double r = 0, g = 0, b = 0, alpha = 1;

        static Source colour(const GfxRGB &rgb, double alpha)
        {
            return Source { true, clamp(colToDbl(rgb.r)), clamp(colToDbl(rgb.g)), clamp(colToDbl(rgb.b)), clamp(alpha) };
        }
        static Source pattern() { return Source { false, 0, 0, 0, 1 }; }
        static double clamp(double v) { return v < 0 ? 0 : v > 1 ? 1 : v; }
        // cairo's 16-bit colour components.
        static uint16_t toShort(double v) { return (uint16_t)(v * 65535.0 + 0.5); }
        // cairo draws nothing with a clear colour under OVER.
        bool clear() const { return solid && toShort(alpha) <= 0x00ff; }
        bool opaque() const { return solid && toShort(alpha) >= 0xff00; }
    };

    cairo_surface_t *surface = nullptr;
    cairo_t *cairo = nullptr;
    int pageWidth = 0, pageHeight = 0;
    std::vector<pp_paint> *paints = nullptr;
    std::vector<pp_box> *pieces = nullptr;
    devicepath::Path path;
    Source fillSource, strokeSource;
    GfxRGB fillColor {}, strokeColor {};
    double fillOpacity = 1, strokeOpacity = 1;
    bool over = true;
    // The grey of the last opaque colour painted with: what a fill's grey is read as
    // (a translucent colour or a pattern leaves it as it was).
    double grey = 0;
    bool adjustedStrokeWidth = false;
    // A soft mask is set: CairoOutputDev paints fills through it (no fill reaches the surface).
    bool mask = false;
    // One level per saved state (q), kept in a vector: a level allocated per q and freed per Q
    // was a malloc and a free for every q/Q pair of a page's content.
    std::vector<MaskLevel> maskStack;
    std::shared_ptr<StrokePathClip> strokePathClip;

    static bool isBlank(Unicode u)
    {
        return u <= 0x20 || u == 0x7F || u == 0x85 || u == 0xA0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
    }

    bool fillClipWithPattern(GfxState *state)
    {
        if (!cairo)
            return true;
        fillSource = Source::pattern();
        double xMin, yMin, xMax, yMax;
        state->getUserClipBBox(&xMin, &yMin, &xMax, &yMax);
        state->moveTo(xMin, yMin);
        state->lineTo(xMin, yMax);
        state->lineTo(xMax, yMax);
        state->lineTo(xMax, yMin);
        state->closePath();
        fill(state);
        state->clearPath();
        return true;
    }

    void fillPath(GfxState *state, bool evenOdd)
    {
        if (!cairo || mask)
            return;
        readPath(state->getPath(), false);
        if (strokePathClip && !evenOdd)
            strokeClipPath(fillSource);
        else
            paintFill(fillSource);
    }

    void clipPath(GfxState *state, cairo_fill_rule_t rule)
    {
        if (!cairo)
            return;
        cairo_new_path(cairo);
        for (int i = 0; i < state->getPath()->getNumSubpaths(); ++i) {
            const GfxSubpath *subpath = state->getPath()->getSubpath(i);
            if (subpath->getNumPoints() <= 0)
                continue;
            cairo_move_to(cairo, subpath->getX(0), subpath->getY(0));
            int j = 1;
            while (j < subpath->getNumPoints()) {
                if (subpath->getCurve(j)) {
                    cairo_curve_to(cairo, subpath->getX(j), subpath->getY(j), subpath->getX(j + 1), subpath->getY(j + 1), subpath->getX(j + 2), subpath->getY(j + 2));
                    j += 3;
                } else {
                    cairo_line_to(cairo, subpath->getX(j), subpath->getY(j));
                    ++j;
                }
            }
            if (subpath->isClosed())
                cairo_close_path(cairo);
        }
        cairo_set_fill_rule(cairo, rule);
        cairo_clip(cairo);
    }

    void strokeClipPath(const Source &source)
    {
        cairo_save(cairo);
        cairo_set_matrix(cairo, &strokePathClip->ctm);
        readPath(strokePathClip->path.get(), false);
        paintStroke(source);
        cairo_restore(cairo);
    }

    // The clip leaves nothing to draw (cairo then draws nothing): its extents are empty.
    bool clippedOut()
    {
        double x1, y1, x2, y2;
        cairo_clip_extents(cairo, &x1, &y1, &x2, &y2);
        return x1 == x2 && y1 == y2;
    }

    // A grey from an opaque colour, as the rulings read it: the colour's grey if its
    // components are equal at 16 bits, else its luma (ITU-R 601 weights).
    void paintWith(const Source &source)
    {
        if (!source.opaque())
            return;
        double premultiplied = source.alpha;
        uint16_t r = Source::toShort(source.r * premultiplied), g = Source::toShort(source.g * premultiplied), b = Source::toShort(source.b * premultiplied);
        grey = r == g && r == b ? source.r : 0.299 * source.r + 0.587 * source.g + 0.114 * source.b;
    }

    void record(pp_paint_kind kind, bool boxes, size_t first)
    {
        if (pieces->size() > first)
            paints->push_back(pp_paint { kind, boxes ? 1 : 0, first, pieces->size() - first, grey });
    }

    // A stroke as cairo hands it to its surface: a closed rectangle whole, else the outline.
    void paintStroke(const Source &source)
    {
        if (cairo_get_line_width(cairo) <= 0 || clippedOut() || (over && source.clear()))
            return;
        paintWith(source);
        size_t first = pieces->size();
        pp_box box;
        bool rectangle = path.isRectangle(&box);
        if (rectangle)
            pieces->push_back(box);
        else
            path.segments(*pieces);
        record(PP_STROKE, rectangle, first);
    }

    // A fill as cairo hands it to its surface: a closed rectangle, or the boxes of a
    // rectilinear path, else the outline. A fill of nothing, or of the whole page (cairo's
    // paint), is no fill.
    void paintFill(const Source &source)
    {
        if (clippedOut() || path.fillEmpty)
            return;
        pp_box box;
        if (path.isBox(&box) && box.x1 <= 0 && box.y1 <= 0 && box.x2 >= pageWidth && box.y2 >= pageHeight) {
            if (!(over && source.clear()))
                paintWith(source);
            return;
        }
        if (over && source.clear())
            return;
        paintWith(source);
        size_t first = pieces->size();
        bool boxes = true;
        if (path.isRectangle(&box)) {
            pieces->push_back(box);
        } else if (!path.fillIsRectilinear() || !path.fillBoxes(*pieces)) {
            pieces->resize(first);
            boxes = false;
            path.segments(*pieces);
        }
        record(PP_FILL, boxes, first);
    }

    // `path` from a poppler path in the current user space, in device fixed point as
    // cairo_move_to / line_to / curve_to / close_path put it there.
    void readPath(const GfxPath *gfxPath, bool alignStroke)
    {
        path.clear();
        cairo_matrix_t ctm;
        cairo_get_matrix(cairo, &ctm);
        double x, y;
        for (int i = 0; i < gfxPath->getNumSubpaths(); ++i) {
            const GfxSubpath *subpath = gfxPath->getSubpath(i);
            if (subpath->getNumPoints() <= 0)
                continue;
            pointAt(subpath, 0, alignStroke, &x, &y);
            path.moveTo(device(ctm, x, y));
            int j = 1;
            while (j < subpath->getNumPoints()) {
                if (subpath->getCurve(j)) {
                    pointAt(subpath, j + 2, alignStroke, &x, &y);
                    path.curveTo(device(ctm, subpath->getX(j), subpath->getY(j)), device(ctm, subpath->getX(j + 1), subpath->getY(j + 1)), device(ctm, x, y));
                    j += 3;
                } else {
                    pointAt(subpath, j, alignStroke, &x, &y);
                    path.lineTo(device(ctm, x, y));
                    ++j;
                }
            }
            if (subpath->isClosed())
                path.closePath();
        }
    }

    // cairo_rectangle: a move, then three lines by device distances, then a close.
    void readRectangle(double x, double y, double width, double height)
    {
        path.clear();
        cairo_matrix_t ctm;
        cairo_get_matrix(cairo, &ctm);
        path.moveTo(device(ctm, x, y));
        const double steps[3][2] = { { width, 0 }, { 0, height }, { -width, 0 } };
        for (const auto &step : steps) {
            double dx = step[0], dy = step[1];
            cairo_matrix_transform_distance(&ctm, &dx, &dy);
            path.lineTo(devicepath::Point { path.current.x + devicepath::toFixed(dx), path.current.y + devicepath::toFixed(dy) });
        }
        path.closePath();
    }

    static devicepath::Point device(const cairo_matrix_t &ctm, double x, double y)
    {
        cairo_matrix_transform_point(&ctm, &x, &y);
        return devicepath::Point { devicepath::toFixed(x), devicepath::toFixed(y) };
    }

    void pointAt(const GfxSubpath *subpath, int i, bool alignStroke, double *x, double *y)
    {
        if (alignStroke) {
            alignStrokeCoords(subpath, i, x, y);
        } else {
            *x = subpath->getX(i);
            *y = subpath->getY(i);
        }
    }

    // See http://www.cairographics.org/FAQ/#sharp_lines (as CairoOutputDev).
    void alignStrokeCoords(const GfxSubpath *subpath, int i, double *x, double *y)
    {
        const double tolerance = 0.5;
        double x1 = subpath->getX(i), y1 = subpath->getY(i), x2, y2;
        bool align = false;
        cairo_user_to_device(cairo, &x1, &y1);
        if (i > 0 && !subpath->getCurve(i - 1)) {
            x2 = subpath->getX(i - 1);
            y2 = subpath->getY(i - 1);
            cairo_user_to_device(cairo, &x2, &y2);
            if (std::fabs(x2 - x1) < tolerance || std::fabs(y2 - y1) < tolerance)
                align = true;
        }
        if (i < subpath->getNumPoints() - 1 && !subpath->getCurve(i + 1)) {
            x2 = subpath->getX(i + 1);
            y2 = subpath->getY(i + 1);
            cairo_user_to_device(cairo, &x2, &y2);
            if (std::fabs(x2 - x1) < tolerance || std::fabs(y2 - y1) < tolerance)
                align = true;
        }
        *x = subpath->getX(i);
        *y = subpath->getY(i);
        if (align) {
            cairo_user_to_device(cairo, x, y);
            *x = std::floor(*x) + 0.5;
            *y = std::floor(*y) + 0.5;
            cairo_device_to_user(cairo, x, y);
        }
    }
};

// poppler-glib's conversion of a document string (PDFDocEncoding or UTF-16) to UTF-8.
char *toUTF8(const GooString *s)
{
    if (!s)
        return nullptr;
    if (s->hasUnicodeMarker())
        return g_convert(s->c_str() + 2, s->getLength() - 2, "UTF-8", "UTF-16BE", nullptr, nullptr, nullptr);
    if (s->hasUnicodeMarkerLE())
        return g_convert(s->c_str() + 2, s->getLength() - 2, "UTF-8", "UTF-16LE", nullptr, nullptr, nullptr);
    std::vector<gunichar> ucs4(s->getLength() + 1, 0);
    for (int i = 0; i < s->getLength(); ++i)
        ucs4[i] = pdfDocEncoding[(unsigned char)s->getChar(i)];
    return g_ucs4_to_utf8(ucs4.data(), -1, nullptr, nullptr, nullptr);
}

// poppler-glib's font name of a character: without a subset prefix ("ABCDEF+").
std::string fontName(const TextWord *word, int i)
{
    const GooString *name = word->getFontName(i);
    if (!name || name->getLength() == 0)
        return "Default";
    int k = 0;
    while (k < name->getLength() && name->getChar(k) >= 'A' && name->getChar(k) <= 'Z')
        ++k;
    bool subset = k > 0 && k < name->getLength() && name->getChar(k) == '+';
    return subset ? std::string(name->c_str() + k + 1) : std::string(name->c_str());
}

// dumpFragment's text for a piece of a line on a left-to-right page in UTF-8, written here
// when none of its characters is of a right-to-left type: dumpFragment then maps them one by
// one in order (poppler's mapUTF8), and its per-piece set-up and per-character type lookups
// cost as much as the rest of the walk. False, and nothing written, when a character may be
// right-to-left (poppler's type table has none below U+0590, nor among U+2010–2027: dashes,
// quotes, bullets) — dumpFragment writes that piece.
bool appendLeftToRight(const Unicode *text, int length, GooString *out)
{
    char buffer[256];
    if (length > (int)sizeof(buffer) / 3)
        return false;
    int n = 0;
    for (int i = 0; i < length; i++) {
        Unicode u = text[i];
        if (u <= 0x7f) {
            buffer[n++] = (char)u;
        } else if (u < 0x590) {
            buffer[n++] = (char)(0xc0 + (u >> 6));
            buffer[n++] = (char)(0x80 + (u & 0x3f));
        } else if (u >= 0x2010 && u <= 0x2027) {
            buffer[n++] = (char)(0xe0 + (u >> 12));
            buffer[n++] = (char)(0x80 + ((u >> 6) & 0x3f));
            buffer[n++] = (char)(0x80 + (u & 0x3f));
        } else {
            return false;
        }
    }
    out->append(buffer, n);
    return true;
}

bool sameAttributes(const TextWord *a, int ai, const TextWord *b, int bi)
{
    if (!a->getFontInfo(ai)->matches(b->getFontInfo(bi)))
        return false;
    if (a->getFontSize() != b->getFontSize())
        return false;
    if (a->isUnderlined() != b->isUnderlined())
        return false;
    double ar, ag, ab, br, bg, bb;
    a->getColor(&ar, &ag, &ab);
    b->getColor(&br, &bg, &bb);
    return ar == br && ag == bg && ab == bb;
}

} // namespace

std::unique_ptr<PDFDoc> openDocument(const char *path, const char *password)
{
    std::optional<GooString> latin1;
    if (password) {
        gchar *converted = g_convert(password, -1, "ISO-8859-1", "UTF-8", nullptr, nullptr, nullptr);
        latin1.emplace(converted ? converted : "");
        g_free(converted);
    }
    auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), latin1, latin1);
    if (!doc->isOk() && doc->getErrorCode() == errEncrypted && password) {
        // The password as given (UTF-8), as poppler-glib tries it too.
        std::optional<GooString> raw(std::in_place, password);
        doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), raw, raw);
    }
    return doc;
}

struct pp_document
{
    std::unique_ptr<PDFDoc> doc;
    // Kept to open the document again when a page already released is asked for.
    std::string path;
    std::optional<std::string> password;
    // Pages (0-based) before this one have been released.
    int released = 0;
    std::vector<pp_paint> paints;
    std::vector<pp_box> pieces;
    std::unique_ptr<PassOutputDev> device;
    std::string text;
    std::vector<pp_box> boxes;
    std::vector<pp_run> runs;
    std::vector<std::string> fontNames;
    std::vector<const char *> fontPointers;
    // Declared after `doc`: its fonts go before the document they were read from.
    FontCache fonts;

    ~pp_document() { device.reset(); }

    // poppler's Page for `index` (0-based); a page released before is read again from a
    // fresh opening of the document (pages are asked for in order; going back is rare).
    Page *page(int index)
    {
        if (index < released) {
            auto reopened = openDocument(path.c_str(), password ? password->c_str() : nullptr);
            if (!reopened->isOk())
                return nullptr;
            fonts.clear();
            doc = std::move(reopened);
            released = 0;
        }
        return doc->getPage(index + 1);
    }

    // Releases poppler's Page objects before `index` (0-based): what a page held is not
    // needed once the page has been read, and it would grow with the document.
    void releaseBefore(int index)
    {
        auto &pages = doc->getCatalog()->*privateMember(CatalogPages {});
        for (int i = released; i < index && i < (int)pages.size(); i++)
            pages[i].first.reset();
        Page **linearized = doc.get()->*privateMember(LinearizedPages {});
        if (linearized) {
            for (int i = released; i < index && i < doc->getNumPages(); i++) {
                delete linearized[i];
                linearized[i] = nullptr;
            }
        }
        released = std::max(released, index);
    }

    int fontIndex(const std::string &name)
    {
        // Few fonts per page, mostly one run after another in the same font.
        for (size_t i = fontNames.size(); i-- > 0;)
            if (fontNames[i] == name)
                return (int)i;
        fontNames.push_back(name);
        return (int)fontNames.size() - 1;
    }

    // What poppler-glib's get_text, get_text_layout and get_text_attributes return for
    // the whole page, from one walk over the selection's words. The text is written as
    // TextPage::getSelectionText writes it from the same words (each word's selected
    // characters, a space where the word has one after it but the line goes on, a line end
    // between lines), which spares poppler's second selection of the page.
    void layOut(TextPage *page, double width, double height, bool readsFonts)
    {
        // No text encoding, no text (as getSelectionText).
        const UnicodeMap *encoding = globalParams->getTextEncoding();
        if (!encoding)
            return;
        PDFRectangle selection(0, 0, width, height);
        int lineCount = 0;
        std::vector<TextWordSelection *> **lines = page->getSelectionWords(&selection, selectionStyleGlyph, &lineCount);
        if (!lines)
            return;
        auto dumpFragment = privateMember(TextDumpFragment {});
        bool leftToRightUTF8 = page->*privateMember(TextPrimaryLR {}) && encoding->isUnicode() && encoding->getEncodingName() == "UTF-8";
        char space[8], eol[16];
        int spaceLength = encoding->mapUnicode(0x20, space, sizeof(space));
        int eolLength = encoding->mapUnicode(0x0a, eol, sizeof(eol));
        GooString written;
        const TextWord *previousWord = nullptr;
        int previousIndex = 0;
        // Offsets into the text of the boxes (layout) and of the runs (attributes): poppler-glib
        // counts a line's end slightly differently in the two.
        int offset = 0, runOffset = 0;
        pp_run *run = nullptr;
        double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        for (int i = 0; i < lineCount; i++) {
            std::vector<TextWordSelection *> *words = lines[i];
            for (size_t j = 0; j < words->size(); j++) {
                TextWordSelection *selected = (*words)[j];
                const TextWord *word = selected->getWord();
                const Unicode *piece = word->getChar(selected->getBegin());
                int pieceLength = selected->getEnd() - selected->getBegin();
                if (!(leftToRightUTF8 && appendLeftToRight(piece, pieceLength, &written)))
                    (page->*dumpFragment)(piece, pieceLength, encoding, &written);
                if (j < words->size() - 1 && word->hasSpaceAfter())
                    written.append(space, spaceLength);
                for (int k = selected->getBegin(); k < selected->getEnd(); k++) {
                    pp_box box;
                    word->getCharBBox(k, &box.x1, &box.y1, &box.x2, &box.y2);
                    boxes.push_back(box);
                    if (readsFonts) {
                        if (!previousWord || !sameAttributes(word, k, previousWord, previousIndex)) {
                            runs.push_back(pp_run { runOffset, runOffset, word->getFontSize(), fontIndex(fontName(word, k)) });
                            run = &runs.back();
                        }
                        run->end = runOffset;
                        previousWord = word;
                        previousIndex = k;
                    }
                    offset++;
                    runOffset++;
                }
                word->getBBox(&x1, &y1, &x2, &y2);
                if (word->hasSpaceAfter() && j < words->size() - 1) {
                    double x3, y3, x4, y4;
                    (*words)[j + 1]->getWord()->getBBox(&x3, &y3, &x4, &y4);
                    boxes.push_back(pp_box { x2, y1, x3, y2 });
                    if (run)
                        run->end = runOffset;
                    offset++;
                    runOffset++;
                }
                delete selected;
            }
            if (i < lineCount - 1 && offset > 0) {
                boxes.push_back(pp_box { x2, y2, x2, y2 });
                offset++;
            }
            if (i < lineCount - 1) {
                if (run)
                    run->end = runOffset;
                runOffset++;
                written.append(eol, eolLength);
            }
            delete words;
        }
        gfree(lines);
        text = written.toStr();
    }
};

extern "C" {

pp_document *pp_open(const char *path, const char *password, pp_open_status *status, char **message)
{
    globalParamsIniter();
    auto doc = openDocument(path, password);
    if (!doc->isOk()) {
        const char *reason;
        *status = PP_OPEN_FAILED;
        switch (doc->getErrorCode()) {
        case errOpenFile: reason = g_strerror(doc->getFopenErrno()); break;
        case errBadCatalog: reason = "Failed to read the document catalog"; break;
        case errDamaged: reason = "PDF document is damaged"; break;
        case errEncrypted:
            reason = "Document is encrypted";
            *status = PP_OPEN_ENCRYPTED;
            break;
        default: reason = "Failed to load document"; break;
        }
        *message = g_strdup(reason);
        return nullptr;
    }
    auto *result = new pp_document;
    result->doc = std::move(doc);
    result->path = path;
    if (password)
        result->password.emplace(password);
    *status = PP_OPEN_OK;
    return result;
}

void pp_close(pp_document *doc)
{
    delete doc;
}

int pp_page_count(pp_document *doc)
{
    return doc->doc->getNumPages();
}

char *pp_info(pp_document *doc, const char *key)
{
    std::unique_ptr<GooString> value = doc->doc->getDocInfoStringEntry(key);
    return toUTF8(value.get());
}

void pp_free_string(char *s)
{
    g_free(s);
}

int pp_held_pages(pp_document *doc)
{
    int held = 0;
    for (const auto &entry : doc->doc->getCatalog()->*privateMember(CatalogPages {}))
        held += entry.first != nullptr;
    if (Page **linearized = doc->doc.get()->*privateMember(LinearizedPages {}))
        for (int i = 0; i < doc->doc->getNumPages(); i++)
            held += linearized[i] != nullptr;
    return held;
}

int pp_page_size(pp_document *doc, int index, double *width, double *height)
{
    Page *page = doc->page(index);
    if (!page)
        return 0;
    int rotate = page->getRotate();
    if (rotate == 90 || rotate == 270) {
        *width = page->getCropHeight();
        *height = page->getCropWidth();
    } else {
        *width = page->getCropWidth();
        *height = page->getCropHeight();
    }
    return 1;
}

int pp_read_page(pp_document *doc, int index, int flags, int glyph_limit, pp_page *out)
{
    double width, height;
    if (!pp_page_size(doc, index, &width, &height))
        return 0;
    Page *page = doc->page(index);
    // A device per page, as poppler-glib's text pass: TextOutputDev's actual-text buffer
    // keeps the page it was made with.
    doc->device = std::make_unique<PassOutputDev>();
    PassOutputDev *device = doc->device.get();
    doc->text.clear();
    doc->boxes.clear();
    doc->runs.clear();
    doc->fontNames.clear();
    doc->fontPointers.clear();
    doc->paints.clear();
    doc->pieces.clear();

    bool rulings = flags & PP_READ_RULINGS;
    if (rulings)
        device->beginRecording(width, height, &doc->paints, &doc->pieces);
    device->glyphLimit = glyph_limit;
    device->textSuspended = false;
    Gfx *gfx = doc->fonts.createGfx(doc->doc.get(), page, device);
    if (!gfx)
        gfx = page->createGfx(device, 72.0, 72.0, 0, false, true, -1, -1, -1, -1, false, nullptr, nullptr);
    page->display(gfx);
    // Annotations are drawn (their paths count as rulings, as when rendered); their text
    // is not poppler-glib's page text.
    device->textSuspended = true;
    Annots *annots = page->getAnnots();
    for (Annot *annot : annots->getAnnots())
        annot->draw(gfx, false);
    bool refused = device->overLimit();
    if (!refused)
        device->endPage();
    TextPage *text = device->takeText();
    delete gfx;
    if (rulings)
        device->endRecording();
    if (!refused)
        doc->layOut(text, width, height, flags & PP_READ_FONTS);
    text->decRefCnt();
    doc->releaseBefore(index);

    for (const std::string &name : doc->fontNames)
        doc->fontPointers.push_back(name.c_str());
    out->width = width;
    out->height = height;
    out->text = doc->text.c_str();
    out->boxes = doc->boxes.data();
    out->box_count = doc->boxes.size();
    out->runs = doc->runs.data();
    out->run_count = doc->runs.size();
    out->fonts = doc->fontPointers.data();
    out->font_count = doc->fontPointers.size();
    out->paints = doc->paints.data();
    out->paint_count = doc->paints.size();
    out->pieces = doc->pieces.data();
    out->piece_count = doc->pieces.size();
    out->images = device->images;
    out->glyphs = device->glyphs;
    out->refused = refused;
    return 1;
}

} // extern "C"
