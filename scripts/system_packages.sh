# Sourced by install.sh (README step 1) and test.sh (the test command): the Debian/Ubuntu
# packages the window needs, and a function that installs those missing.

# Qt's xcb platform plugin and the Qt libraries under it need these system libraries
# (`ldd` on PySide6/Qt/plugins/platforms/libqxcb.so and Qt/lib/libQt6XcbQpa.so.6, each
# library mapped to its package with `dpkg -S`; tests/test_install.py checks the list
# against the installed PySide6), and a font to draw text with.
qt_debs=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-6
         libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4
         libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
         libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
         fonts-dejavu-core)

# install_missing_debs PACKAGE...: apt-get install those not installed yet (with sudo
# when not root); nothing on a system without dpkg (macOS, other Linux distributions).
install_missing_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() pkg
  for pkg in "$@"; do
    # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64)
    # (dpkg-query fails for the name that does not exist: only its output counts)
    { dpkg-query -W -f='${Status}\n' "$pkg" "${pkg}t64" 2>/dev/null || true; } \
      | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}
