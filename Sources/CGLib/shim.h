#pragma once
// GLib: its log (PopplerLog, the shim's messages) and checksums (FileDigest).
#include <glib.h>
