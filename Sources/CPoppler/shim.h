#pragma once
#include <poppler.h>
#include <glib.h>
#include <cairo.h>
#include <cairo-pdf.h>
