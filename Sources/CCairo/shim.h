#pragma once
// cairo: the graphics state of the one-pass shim (CPopplerPass) and the pictures of pages.
#include <cairo.h>
#include <cairo-pdf.h>
