#!/usr/bin/env python3
"""Validate the Kubernetes manifests offline.

1. Every document of every manifest is checked against the Kubernetes JSON
   schemas bundled with the kubernetes-validate package, in strict mode
   (unknown fields are errors), for each Kubernetes version given. A kind or
   apiVersion with no schema (a typo, or an API the version removed) is an
   error, not a warning.
2. YAML that kubectl would reject but a plain YAML load accepts (duplicate
   keys) is an error.
3. The manifests agree with each other and with the proxy's config: labels
   and selectors, port names, probe paths on the admin port, the config
   file's listen ports, drain timeout versus grace period, mounts, security
   context, resources, and kustomization.yaml listing every manifest.

    validate_manifests.py DIR [--k8s 1.30.0 --k8s 1.37.0]
    validate_manifests.py --stream FILE   (rendered multi-document output:
                                           schema checks only)

Exit 0 when everything holds, 1 with one line per problem otherwise.
"""

import argparse
import os
import sys
import tomllib

import kubernetes_validate
import yaml
from kubernetes_validate.utils import SchemaNotFoundError, ValidationError

# Where the proxy reads its files; the contract of the image.
PROBES = {"livenessProbe": "/livez", "readinessProbe": "/readyz"}


class UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate mapping keys, as kubectl does."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_docs(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.load_all(f, Loader=UniqueKeyLoader) if d is not None]


def kind_name(doc):
    return f"{doc.get('kind')}/{(doc.get('metadata') or {}).get('name')}"


def schema_check(label, doc, versions, errors):
    if not isinstance(doc, dict) or not {"apiVersion", "kind", "metadata"} <= doc.keys():
        errors.append(f"{label}: not a Kubernetes object (apiVersion, kind, metadata)")
        return
    for v in versions:
        try:
            kubernetes_validate.validate(doc, v, strict=True)
        except ValidationError as e:
            where = ".".join(str(p) for p in e.path) or "(top)"
            errors.append(f"{label}: {kind_name(doc)} invalid for Kubernetes {v}: {where}: {e.message}")
        except SchemaNotFoundError:
            errors.append(f"{label}: {kind_name(doc)}: no schema for kind {doc['kind']} "
                          f"apiVersion {doc['apiVersion']} in Kubernetes {v}")


def port_of(addr):
    try:
        return int(addr.rsplit(":", 1)[1])
    except (IndexError, ValueError):
        return None


def subset(small, big):
    return all(big.get(k) == v for k, v in (small or {}).items())


def cross_checks(objs, errors):
    """objs: list of (file, doc). Checks that need several objects."""
    by_kind = {}
    for f, d in objs:
        by_kind.setdefault(d["kind"], []).append((f, d))

    deployments = by_kind.get("Deployment", [])
    if len(deployments) != 1:
        errors.append(f"expected one Deployment, found {len(deployments)}")
        return
    dfile, dep = deployments[0]
    spec = dep["spec"]
    tmpl = spec["template"]
    labels = tmpl["metadata"].get("labels", {})
    pod = tmpl["spec"]
    if not subset(spec["selector"].get("matchLabels"), labels):
        errors.append(f"{dfile}: selector does not match the pod template labels")

    containers = pod["containers"]
    ports = {}
    for c in containers:
        for p in c.get("ports", []):
            ports[p.get("name")] = p["containerPort"]
    admin = ports.get("admin")
    if ports.get("http") is None or admin is None:
        errors.append(f"{dfile}: container ports named http and admin are required")

    pod_sc = pod.get("securityContext", {})
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    for c in containers:
        where = f"{dfile}: container {c['name']}"
        for probe, path in PROBES.items():
            get = (c.get(probe) or {}).get("httpGet")
            if not get:
                errors.append(f"{where}: {probe} must be an httpGet on {path}")
                continue
            if get.get("path") != path:
                errors.append(f"{where}: {probe} path is {get.get('path')}, expected {path}")
            if get.get("port") not in ("admin", admin):
                errors.append(f"{where}: {probe} must use the admin port")
        res = c.get("resources", {})
        for section in ("requests", "limits"):
            for r in ("cpu", "memory"):
                if r not in res.get(section, {}):
                    errors.append(f"{where}: resources.{section}.{r} missing")
        sc = c.get("securityContext", {})
        if not (sc.get("runAsNonRoot") or pod_sc.get("runAsNonRoot")):
            errors.append(f"{where}: runAsNonRoot is not set")
        if sc.get("readOnlyRootFilesystem") is not True:
            errors.append(f"{where}: readOnlyRootFilesystem must be true")
        if sc.get("allowPrivilegeEscalation") is not False:
            errors.append(f"{where}: allowPrivilegeEscalation must be false")
        if "ALL" not in (sc.get("capabilities") or {}).get("drop", []):
            errors.append(f"{where}: capabilities must drop ALL")
        for m in c.get("volumeMounts", []):
            if m["name"] not in volumes:
                errors.append(f"{where}: mounts unknown volume {m['name']}")

    # Everything that selects pods selects these pods.
    for kind in ("Service", "PodDisruptionBudget"):
        for f, d in by_kind.get(kind, []):
            sel = d["spec"].get("selector") or {}
            sel = sel.get("matchLabels", sel) if kind == "PodDisruptionBudget" else sel
            if not sel or not subset(sel, labels):
                errors.append(f"{f}: {kind_name(d)} selector does not match the Deployment's pods")
    for f, d in by_kind.get("Service", []):
        for p in d["spec"].get("ports", []):
            t = p.get("targetPort", p["port"])
            if t not in ports and t not in ports.values():
                errors.append(f"{f}: targetPort {t} is not a container port")
    for f, d in by_kind.get("HorizontalPodAutoscaler", []):
        ref = d["spec"]["scaleTargetRef"]
        if ref.get("kind") != "Deployment" or ref.get("name") != dep["metadata"]["name"]:
            errors.append(f"{f}: HPA does not target Deployment {dep['metadata']['name']}")
        for pf, pdb in by_kind.get("PodDisruptionBudget", []):
            mu = pdb["spec"].get("maxUnavailable")
            if isinstance(mu, int) and mu >= d["spec"].get("minReplicas", 1):
                errors.append(f"{pf}: maxUnavailable {mu} would allow every pod down at minReplicas")

    # Mounted ConfigMaps and Secrets exist here (a Secret may be created out
    # of band, but its template must be in the directory).
    names = {(d["kind"], d["metadata"]["name"]): d for _, d in objs}
    for v in volumes.values():
        if "configMap" in v and ("ConfigMap", v["configMap"]["name"]) not in names:
            errors.append(f"{dfile}: volume {v['name']} names unknown ConfigMap {v['configMap']['name']}")
        if "secret" in v and ("Secret", v["secret"]["secretName"]) not in names:
            errors.append(f"{dfile}: volume {v['name']} names unknown Secret {v['secret']['secretName']}")

    # The proxy's config file, read from the ConfigMap.
    c0 = containers[0]
    args = c0.get("args", [])
    if "--config" not in args or args.index("--config") + 1 >= len(args):
        errors.append(f"{dfile}: the container must be started with --config FILE")
        return
    config_path = args[args.index("--config") + 1]

    def mounted(path, source):
        """The (volume, key) that provides path, if a volume of that source does."""
        for m in c0.get("volumeMounts", []):
            v = volumes.get(m["name"], {})
            if source not in v:
                continue
            prefix = m["mountPath"].rstrip("/") + "/"
            if not path.startswith(prefix):
                continue
            rel = path[len(prefix):]
            items = v[source].get("items")
            if items is None:
                return v, rel
            for it in items:
                if it["path"] == rel:
                    return v, it["key"]
        return None, None

    vol, key = mounted(config_path, "configMap")
    if vol is None:
        errors.append(f"{dfile}: --config {config_path} is not a file of a mounted ConfigMap")
        return
    cm = names.get(("ConfigMap", vol["configMap"]["name"]))
    if cm is None or key not in cm.get("data", {}):
        errors.append(f"{dfile}: ConfigMap {vol['configMap']['name']} has no key {key}")
        return
    try:
        cfg = tomllib.loads(cm["data"][key])
    except tomllib.TOMLDecodeError as e:
        errors.append(f"ConfigMap {cm['metadata']['name']}: {key} is not valid TOML: {e}")
        return
    server = cfg.get("server", {})
    if port_of(server.get("listen", "")) != ports.get("http"):
        errors.append(f"{key}: server.listen {server.get('listen')} is not on container port http ({ports.get('http')})")
    if port_of(server.get("admin_listen", "")) != admin:
        errors.append(f"{key}: server.admin_listen {server.get('admin_listen')} is not on container port admin ({admin})")
    for field in ("listen", "admin_listen"):
        if server.get(field, "").startswith("127."):
            errors.append(f"{key}: server.{field} on loopback cannot be reached by the kubelet or the Service")
    drain = cfg.get("limits", {}).get("drain_timeout_secs", 30)
    pre_stop = (((c0.get("lifecycle") or {}).get("preStop") or {}).get("sleep") or {}).get("seconds", 0)
    grace = pod.get("terminationGracePeriodSeconds", 30)
    if pre_stop <= 0:
        errors.append(f"{dfile}: a preStop sleep is needed so endpoints are removed before SIGTERM")
    if pre_stop + drain >= grace:
        errors.append(f"{dfile}: terminationGracePeriodSeconds {grace} must exceed preStop {pre_stop}"
                      f" + drain_timeout_secs {drain}")
    key_file = cfg.get("token", {}).get("key_file")
    if key_file and mounted(key_file, "secret")[0] is None:
        errors.append(f"{key}: token.key_file {key_file} is not a file of a mounted Secret")


def check_dir(d, versions):
    errors, objs = [], []
    kfile = os.path.join(d, "kustomization.yaml")
    manifests = sorted(f for f in os.listdir(d)
                       if f.endswith((".yaml", ".yml")) and f != "kustomization.yaml")
    per_file = {}
    for f in manifests:
        try:
            docs = load_docs(os.path.join(d, f))
        except yaml.YAMLError as e:
            errors.append(f"{f}: {e}")
            continue
        per_file[f] = docs
        for i, doc in enumerate(docs):
            schema_check(f if len(docs) == 1 else f"{f}[{i}]", doc, versions, errors)
            if isinstance(doc, dict) and "kind" in doc and "metadata" in doc:
                objs.append((f, doc))

    if os.path.exists(kfile):
        try:
            (k,) = load_docs(kfile)
        except (yaml.YAMLError, ValueError) as e:
            errors.append(f"kustomization.yaml: {e}")
            k = {}
        listed = k.get("resources", [])
        for r in listed:
            if not os.path.exists(os.path.join(d, r)):
                errors.append(f"kustomization.yaml: resource {r} does not exist")
        for f, docs in per_file.items():
            # Secrets are created out of band (see secret.yaml); every other
            # manifest must be applied.
            if f not in listed and not all(x.get("kind") == "Secret" for x in docs):
                errors.append(f"kustomization.yaml: {f} is not listed in resources")
        ns = [x for _, x in objs if x["kind"] == "Namespace"]
        if ns and k.get("namespace") not in [x["metadata"]["name"] for x in ns]:
            errors.append("kustomization.yaml: namespace is not the Namespace defined here")
    else:
        errors.append("kustomization.yaml is missing")

    if objs:
        try:
            cross_checks(objs, errors)
        except (KeyError, TypeError, AttributeError) as e:
            errors.append(f"cross-checks: a required field is missing or malformed: {e!r}")
    return errors, len(objs)


def check_stream(path, versions):
    errors = []
    try:
        docs = load_docs(path)
    except yaml.YAMLError as e:
        return [f"{path}: {e}"], 0
    for i, doc in enumerate(docs):
        schema_check(f"{os.path.basename(path)}[{i}]", doc, versions, errors)
    return errors, len(docs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--stream", action="store_true", help="target is one rendered multi-document file")
    ap.add_argument("--k8s", action="append", help="Kubernetes version(s) to validate against")
    a = ap.parse_args()
    versions = a.k8s or ["1.30.0", kubernetes_validate.utils.latest_version()]
    errors, n = check_stream(a.target, versions) if a.stream else check_dir(a.target, versions)
    for e in errors:
        print(f"  INVALID {e}")
    what = "rendered objects" if a.stream else "objects"
    if errors:
        print(f"{a.target}: {len(errors)} problem(s) in {n} {what}")
        return 1
    print(f"{a.target}: {n} {what} valid against Kubernetes {', '.join(versions)} (strict schemas)"
          + ("" if a.stream else " and consistent"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
