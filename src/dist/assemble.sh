#!/usr/bin/env bash
# `./mvnw package -Pdist`: the distribution that runs where no Java is installed.
#
#   target/dist/frontdesk/            bin/frontdesk, lib/frontdesk.jar, lib/frontdesk.jsa, lib/sqlite/, runtime/ (jlink)
#   target/frontdesk-VERSION-linux-x64.tar.gz   the same folder, as frontdesk-VERSION/
#
# Arguments: the build directory, the version, the JDK whose jdeps and jlink make the runtime.
set -euo pipefail
target=$1
version=$2
jdk=$3
basedir=$(cd "$(dirname "$0")/../.." && pwd)

jar="$target/frontdesk.jar"
dist="$target/dist/frontdesk"
rm -rf "$target/dist"
mkdir -p "$dist/bin" "$dist/lib"

# The modules the jar's classes use, as jdeps reads them, and those only reached by reflection or a service lookup:
# elliptic-curve TLS (webhooks and SMTP to https/TLS servers), sun.misc.Unsafe (several libraries look for it),
# character sets beyond the standard ones (incoming mail), the zip file system and the platform MXBeans.
found=$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar")
modules="$found,jdk.crypto.ec,jdk.unsupported,jdk.charsets,jdk.zipfs,jdk.management"
echo "dist: runtime modules $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$dist/runtime"

cp "$jar" "$dist/lib/frontdesk.jar"
# SQLite's native library for this platform, unpacked once here: from the jar, the driver writes a copy of it to a
# temporary file at every start and reads both back byte by byte to compare them, about 60 ms of a sandbox's start
# (docs/benchmarks.md). bin/frontdesk points the driver at this one.
mkdir -p "$dist/lib/sqlite"
(cd "$dist/lib/sqlite" && "$jdk/bin/jar" xf "$jar" org/sqlite/native/Linux/x86_64/libsqlitejdbc.so \
    && mv org/sqlite/native/Linux/x86_64/libsqlitejdbc.so . && rm -r org)
cp "$basedir/src/dist/frontdesk" "$dist/bin/frontdesk"
chmod 755 "$dist/bin/frontdesk"
cp "$basedir/LICENSE" "$dist/LICENSE"
printf '%s\n' "$version" > "$dist/VERSION"

# The first run makes the class-data-sharing archive for this folder (bin/frontdesk says why); it is kept in the
# tarball, where it serves when unpacked at the same path and is made again once anywhere else.
"$dist/bin/frontdesk" --version

tar -C "$target/dist" --transform "s,^frontdesk,frontdesk-$version," --owner=0 --group=0 --numeric-owner \
    -czf "$target/frontdesk-$version-linux-x64.tar.gz" frontdesk
echo "dist: $target/frontdesk-$version-linux-x64.tar.gz"
