#!/usr/bin/env bash
# `./mvnw package -Pdist`, after assemble.sh: an OCI image of the distribution, written directly as an image layout,
# with nothing pulled from a registry.
#
#   target/oci/                  the OCI image layout (oci-layout, index.json, blobs/sha256/...)
#   target/frontdesk-oci.tar     the same as one archive: `podman load -i` or `docker load -i` (it also carries
#                                Docker's manifest.json), tagged frontdesk:VERSION
#
# One layer: /opt/frontdesk (the distribution), /bin/sh (dash, for bin/frontdesk), the shared libraries the runtime and
# the shell link against, copied from this machine (a glibc-based Linux, as the jlink runtime is), /tmp and /data.
# Arguments: the build directory and the version.
set -euo pipefail
target=$1
version=$2
dist="$target/dist/frontdesk"
work="$target/oci-work"
root="$work/rootfs"
layout="$target/oci"
rm -rf "$work" "$layout" "$target/frontdesk-oci.tar"
mkdir -p "$root/opt" "$root/bin" "$root/etc" "$root/tmp" "$root/data" "$layout/blobs/sha256"
cp -a "$dist" "$root/opt/frontdesk"
chmod 1777 "$root/tmp" "$root/data"

shell=$(readlink -f /bin/sh)
cp -L "$shell" "$root/bin/sh"
# the libraries loaded on a headless server: not the desktop ones (AWT, sound, fonts, images), which pull in X11
libs=$(find "$root/opt/frontdesk/runtime" -name '*.so' \
        ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' \
        ! -name 'libfontmanager.so' ! -name 'liblcms.so' ! -name 'libjavajpeg.so' ! -name 'libmlib_image.so';
    echo "$root/opt/frontdesk/runtime/bin/java"; echo "$shell")
for lib in $(ldd $libs 2>/dev/null | awk '/=> \// { print $3 } /^\s*\/lib.*ld-linux/ { print $1 }' | sort -u); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
done
# the glibc libraries a native library extracted at run time may name (SQLite's driver asks for libpthread and libdl)
libc=$(ldd "$shell" | awk '/libc\.so/ { print $3 }')
for name in libpthread.so.0 libdl.so.2 librt.so.1 libm.so.6; do
    if [ -e "$(dirname "$libc")/$name" ]; then
        cp -L "$(dirname "$libc")/$name" "$root$(dirname "$libc")/$name"
    fi
done
# the dynamic loader under the name the binaries ask for
interp=$(readelf -l "$shell" | sed -n 's/.*Requesting program interpreter: \(.*\)]/\1/p')
mkdir -p "$root$(dirname "$interp")"
cp -L "$interp" "$root$interp"
printf 'root:x:0:0:root:/root:/bin/sh\nfrontdesk:x:1000:1000:Frontdesk:/data:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\nfrontdesk:x:1000:\n' > "$root/etc/group"

# The class-data-sharing archive names the jar by its absolute path: made again for /opt/frontdesk, inside a user and
# mount namespace where the distribution is mounted there. Where namespaces are not allowed, the image has no archive
# and starts slower.
rm -f "$root/opt/frontdesk/lib/frontdesk.jsa" "$root/opt/frontdesk/lib/frontdesk.jsa.home"
if unshare --user --map-root-user --mount sh -c 'mount -t tmpfs tmpfs /opt && mkdir /opt/frontdesk \
        && mount --bind "$1" /opt/frontdesk && /opt/frontdesk/bin/frontdesk --version' sh "$root/opt/frontdesk" \
        && [ -s "$root/opt/frontdesk/lib/frontdesk.jsa" ]; then
    echo "oci: class-data-sharing archive made for /opt/frontdesk"
else
    rm -f "$root/opt/frontdesk/lib/frontdesk.jsa" "$root/opt/frontdesk/lib/frontdesk.jsa.home"
    echo "oci: WARNING: no user namespaces here; the image has no class-data-sharing archive" >&2
fi

blob() { # file media-type -> moves it into blobs, prints "digest size"
    local digest size
    digest=$(sha256sum "$1" | cut -d' ' -f1)
    size=$(stat -c %s "$1")
    mv "$1" "$layout/blobs/sha256/$digest"
    echo "sha256:$digest $size"
}

# reproducible: sorted, fixed times and owners; the one writable place for the server's user is /tmp and /data
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$root" -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
gzip -n -6 "$work/layer.tar"
read -r layer_digest layer_size < <(blob "$work/layer.tar.gz")

cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"1000:1000","WorkingDir":"/data",
  "Env":["PATH=/opt/frontdesk/bin:/bin","FRONTDESK_HOST=0.0.0.0","FRONTDESK_PORT=8080","FRONTDESK_DATA_DIR=/data"],
  "Entrypoint":["/opt/frontdesk/bin/frontdesk"],"Cmd":["sandbox"],
  "ExposedPorts":{"8080/tcp":{}},
  "Healthcheck":{"Test":["CMD","/opt/frontdesk/runtime/bin/java","-Xshare:auto","-XX:TieredStopAtLevel=1","-cp","/opt/frontdesk/lib/frontdesk.jar","io.frontdesk.cli.HealthProbe"],
   "Interval":5000000000,"Timeout":5000000000,"StartPeriod":30000000000,"Retries":3},
  "Labels":{"org.opencontainers.image.title":"Frontdesk","org.opencontainers.image.version":"$version",
   "org.opencontainers.image.description":"Helpdesk server speaking the Help Scout and HelpCrunch APIs; runs sandbox by default"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"src/dist/oci-image.sh"}]}
JSON
read -r config_digest config_size < <(blob "$work/config.json")

cat > "$work/manifest.json" <<JSON
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
 "config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"$config_digest","size":$config_size},
 "layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"$layer_digest","size":$layer_size}]}
JSON
read -r manifest_digest manifest_size < <(blob "$work/manifest.json")

printf '{"imageLayoutVersion":"1.0.0"}' > "$layout/oci-layout"
cat > "$layout/index.json" <<JSON
{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"$manifest_digest","size":$manifest_size,
 "annotations":{"org.opencontainers.image.ref.name":"$version","io.containerd.image.name":"frontdesk:$version"}}]}
JSON
# Docker's own index of an archive, so `docker load` of older versions reads it too
cat > "$layout/manifest.json" <<JSON
[{"Config":"blobs/sha256/${config_digest#sha256:}","RepoTags":["frontdesk:$version"],"Layers":["blobs/sha256/${layer_digest#sha256:}"]}]
JSON
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$layout" -cf "$target/frontdesk-oci.tar" .
rm -rf "$work"
echo "oci: $target/frontdesk-oci.tar (frontdesk:$version, $((layer_size / 1024 / 1024)) MiB compressed)"
