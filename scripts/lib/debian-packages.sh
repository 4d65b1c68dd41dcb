# Sourced by the scripts: installs the Debian packages a script needs when they are missing.
#   require_packages libpoppler-glib-dev libsqlite3-dev
# As root: apt-get update, then apt-get install -y. Otherwise: says what to run, and fails.

package_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

require_packages() {
    local missing=() p
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "$(basename "$0"): not a Debian system; make sure these are installed: $*" >&2
        return 0
    fi
    for p in "$@"; do
        package_installed "$p" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        echo "$(basename "$0"): installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q >/dev/null
        apt-get install -y -q "${missing[@]}" >/dev/null
    else
        echo "$(basename "$0"): missing Debian packages: ${missing[*]}" >&2
        echo "  install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
}

require_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            export PATH="/opt/swift/usr/bin:$PATH"
        else
            echo "$(basename "$0"): no swift toolchain on PATH (Swift 6 is needed: https://swift.org/install)" >&2
            exit 1
        fi
    fi
}
