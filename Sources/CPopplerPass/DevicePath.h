#pragma once
// A path in device space as cairo holds it while CairoOutputDev draws a page: points in
// cairo's 24.8 fixed point, built with cairo's own rules (a degenerate line is dropped, a
// line continuing the previous one in the same direction extends it, a closing line is
// folded into the close), and read back the way cairo hands a stroke or a fill to its
// surface (a rectangle, a set of boxes, or the outline). Mirrors cairo 1.16's
// cairo-path-fixed.c, so that the rulings are those the page's rendering draws.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "PopplerPass.h"

namespace devicepath {

// cairo_fixed_t: 24.8 fixed point.
using Fixed = int32_t;

// _cairo_fixed_from_double: the nearest 1/256 (ties to even), by the magic-number sum.
inline Fixed toFixed(double d)
{
    double sum = d + 26388279066624.0; // 1.5 * 2^44
    int64_t bits;
    std::memcpy(&bits, &sum, sizeof bits);
    return (Fixed)(uint32_t)(uint64_t)bits;
}

inline double toDouble(Fixed f)
{
    return f / 256.0;
}

struct Point
{
    Fixed x = 0, y = 0;
    bool operator==(const Point &o) const { return x == o.x && y == o.y; }
    bool operator!=(const Point &o) const { return !(*this == o); }
};

enum class Op : uint8_t { move, line, curve, close };

// cairo_path_fixed_t with its flags (those that decide how the path reaches the surface).
struct Path
{
    std::vector<Op> ops;
    std::vector<Point> points;
    Point current, lastMove;
    bool hasCurrent = false;
    bool needsMoveTo = true;
    bool strokeRectilinear = true;
    bool fillRectilinear = true;
    bool fillEmpty = true;

    void clear()
    {
        ops.clear();
        points.clear();
        current = lastMove = Point {};
        hasCurrent = false;
        needsMoveTo = true;
        strokeRectilinear = fillRectilinear = fillEmpty = true;
    }

    void moveTo(Point p)
    {
        newSubPath();
        hasCurrent = true;
        current = p;
        lastMove = p;
    }

    void lineTo(Point p)
    {
        if (!hasCurrent) {
            moveTo(p);
            return;
        }
        applyMoveTo();
        // A degenerate line is kept only right after the move (a dot, when stroked).
        if (ops.back() != Op::move && p == current)
            return;
        if (ops.back() == Op::line) {
            Point previous = points[points.size() - 2];
            if (previous == current) {
                dropLine();
            } else {
                int64_t dx1 = (int64_t)current.x - previous.x, dy1 = (int64_t)current.y - previous.y;
                int64_t dx2 = (int64_t)p.x - current.x, dy2 = (int64_t)p.y - current.y;
                bool sameSlope = dy1 * dx2 == dy2 * dx1;
                bool backwards = dx1 * dx2 + dy1 * dy2 < 0;
                if (sameSlope && !backwards)
                    dropLine();
            }
        }
        if (strokeRectilinear) {
            strokeRectilinear = current.x == p.x || current.y == p.y;
            fillRectilinear = fillRectilinear && strokeRectilinear;
            if (fillEmpty)
                fillEmpty = current == p;
        }
        current = p;
        add(Op::line, &p, 1);
    }

    void curveTo(Point p0, Point p1, Point p2)
    {
        // A curve that goes nowhere is a line (rounded corners of radius 0).
        if (current == p2 && p1 == p2 && p0 == p2) {
            lineTo(p2);
            return;
        }
        if (!hasCurrent)
            moveTo(p0);
        applyMoveTo();
        if (ops.back() == Op::line && points[points.size() - 2] == current)
            dropLine();
        Point three[3] = { p0, p1, p2 };
        current = p2;
        strokeRectilinear = fillRectilinear = fillEmpty = false;
        add(Op::curve, three, 3);
    }

    void closePath()
    {
        if (!hasCurrent)
            return;
        lineTo(lastMove);
        if (ops.back() == Op::line)
            dropLine();
        needsMoveTo = true;
        add(Op::close, nullptr, 0);
    }

    // _cairo_path_fixed_fill_is_rectilinear: every side, closing ones too, is horizontal or vertical.
    bool fillIsRectilinear() const
    {
        if (!fillRectilinear)
            return false;
        if (!hasCurrent || needsMoveTo)
            return true;
        return current.x == lastMove.x || current.y == lastMove.y;
    }

    // _cairo_path_fixed_is_box: one axis-aligned rectangle (closed or not); `box` is
    // its corners, smallest first.
    bool isBox(pp_box *box) const
    {
        if (!fillRectilinear || !isQuad())
            return false;
        const Point *p = points.data();
        bool rect = (p[0].y == p[1].y && p[1].x == p[2].x && p[2].y == p[3].y && p[3].x == p[0].x)
            || (p[0].x == p[1].x && p[1].y == p[2].y && p[2].x == p[3].x && p[3].y == p[0].y);
        if (!rect)
            return false;
        *box = pp_box { toDouble(std::min(p[0].x, p[2].x)), toDouble(std::min(p[0].y, p[2].y)), toDouble(std::max(p[0].x, p[2].x)), toDouble(std::max(p[0].y, p[2].y)) };
        return true;
    }

    // _cairo_path_fixed_is_rectangle: a box that is closed (cairo's surfaces draw it as one).
    bool isRectangle(pp_box *box) const { return isBox(box) && ops.size() > 4; }

    // The boxes of a rectilinear fill, as cairo's fill-box iterator splits it (degenerate
    // boxes left out). False when a subpath is not a box.
    bool fillBoxes(std::vector<pp_box> &boxes) const
    {
        size_t op = 0, point = 0;
        bool ended = ops.empty();
        while (!ended) {
            Point p[5];
            size_t o = op, q = point;
            bool oEnded = false;
            auto next = [&]() {
                if (++o >= ops.size()) {
                    oEnded = true;
                    return false;
                }
                return true;
            };
            if (ops[o] != Op::move)
                return false;
            p[0] = points[q++];
            if (!next() || ops[o] != Op::line)
                return false;
            p[1] = points[q++];
            if (!next())
                return false;
            if (ops[o] == Op::close || ops[o] == Op::move) {
                // A horizontal or vertical closed line: a degenerate box, left out.
                if (ops[o] == Op::close)
                    next();
                op = o, point = q, ended = oEnded;
                continue;
            }
            if (ops[o] != Op::line)
                return false;
            p[2] = points[q++];
            if (!next() || ops[o] != Op::line)
                return false;
            p[3] = points[q++];
            if (!next()) {
                // closed implicitly: the fill's end
            } else if (ops[o] == Op::line) {
                p[4] = points[q++];
                if (p[4] != p[0])
                    return false;
                next();
            } else if (ops[o] == Op::close) {
                next();
            } else if (ops[o] != Op::move) {
                return false;
            }
            Point a, b;
            if (p[0].y == p[1].y && p[1].x == p[2].x && p[2].y == p[3].y && p[3].x == p[0].x) {
                a = p[0], b = p[2];
            } else if (p[0].x == p[1].x && p[1].y == p[2].y && p[2].x == p[3].x && p[3].y == p[0].y) {
                a = p[1], b = p[3];
            } else {
                return false;
            }
            op = o, point = q, ended = oEnded;
            if (a.x != b.x && a.y != b.y)
                boxes.push_back(pp_box { toDouble(a.x), toDouble(a.y), toDouble(b.x), toDouble(b.y) });
        }
        return true;
    }

    // The straight pieces of the outline: each line, and each close back to the subpath's
    // start (curves only move the pen).
    void segments(std::vector<pp_box> &out) const
    {
        Point pen, start;
        bool hasPen = false;
        size_t q = 0;
        for (Op op : ops) {
            switch (op) {
            case Op::move:
                pen = start = points[q++];
                hasPen = true;
                break;
            case Op::line:
                if (hasPen)
                    out.push_back(pp_box { toDouble(pen.x), toDouble(pen.y), toDouble(points[q].x), toDouble(points[q].y) });
                pen = points[q++];
                break;
            case Op::curve:
                pen = points[q + 2];
                q += 3;
                break;
            case Op::close:
                if (hasPen)
                    out.push_back(pp_box { toDouble(pen.x), toDouble(pen.y), toDouble(start.x), toDouble(start.y) });
                pen = start;
                break;
            }
        }
    }

private:
    void newSubPath()
    {
        if (!needsMoveTo) {
            // Closed implicitly for a fill.
            if (fillRectilinear)
                fillRectilinear = current.x == lastMove.x || current.y == lastMove.y;
            needsMoveTo = true;
        }
        hasCurrent = false;
    }

    void applyMoveTo()
    {
        if (!needsMoveTo)
            return;
        needsMoveTo = false;
        lastMove = current;
        add(Op::move, &current, 1);
    }

    void dropLine()
    {
        ops.pop_back();
        points.pop_back();
    }

    void add(Op op, const Point *p, int count)
    {
        ops.push_back(op);
        points.insert(points.end(), p, p + count);
    }

    // _path_is_quad: move, three lines, then optionally a line back to the start or a
    // close, then optionally a close or a move.
    bool isQuad() const
    {
        size_t n = ops.size();
        if (n < 4 || n > 6)
            return false;
        if (ops[0] != Op::move || ops[1] != Op::line || ops[2] != Op::line || ops[3] != Op::line)
            return false;
        if (n > 4) {
            if (ops[4] == Op::line) {
                if (points[4] != points[0])
                    return false;
            } else if (ops[4] != Op::close) {
                return false;
            }
            if (n == 6 && ops[5] != Op::move && ops[5] != Op::close)
                return false;
        }
        return true;
    }
};

} // namespace devicepath
