//! Per-field rules for JSON bodies: which fields are kept as written,
//! scanned (the default), or masked whole.
//!
//! A ticketing platform identifies the customer by `ticket.requester.email`
//! or `user.phone`: those must arrive intact, while the free text beside
//! them (`ticket.comment.body`, `ticket.description`, a chat message) is
//! where customers type what should never have been typed. A rule names a
//! field by its path of object keys, `ticket.requester.email`:
//!
//! * `*` stands for any one key: `ticket.custom_fields.*`;
//! * arrays are transparent — the elements of an array stand at the
//!   array's path (`ticket.comments.body` is the body of every comment);
//!   `[]` may be written after a segment for readability
//!   (`ticket.comments[].body`) and means the same;
//! * a rule applies to the value at its path and to everything nested in
//!   it; a deeper rule overrides it below its own path, and where two rules
//!   name the same path the later one wins;
//! * a JSONPath root may open it (`$.ticket.requester.email`); other
//!   syntaxes (JSON Pointer's `/ticket/…`, brackets around keys) are
//!   refused, rather than read as a key no body has.
//!
//! Keys are compared after JSON unescaping, so `"\u0065mail"` is the
//! field `email`, as the platform will read it.

/// What a field rule does with a field's value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FieldAction {
    /// Scan the value and mask what is found (the default for every field).
    #[default]
    Scan,
    /// Forward the value as written; findings in it are counted as kept.
    Keep,
    /// Mask every character of the value, whatever it holds.
    Mask,
}

impl FieldAction {
    /// Parses `keep`, `scan` or `mask`.
    pub fn from_name(name: &str) -> Option<FieldAction> {
        Some(match name {
            "scan" => FieldAction::Scan,
            "keep" => FieldAction::Keep,
            "mask" => FieldAction::Mask,
            _ => return None,
        })
    }
}

/// Why a field path was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldRuleError {
    /// An empty path or an empty segment (`a..b`).
    #[error("field path '{0}' has an empty segment")]
    EmptySegment(String),
    /// A segment longer than [`MAX_KEY`] bytes.
    #[error("field path '{0}' has a segment longer than {MAX_KEY} bytes")]
    SegmentTooLong(String),
    /// More than [`MAX_RULES`] rules in one set.
    #[error("more than {MAX_RULES} field rules")]
    TooMany,
    /// A path in another syntax (JSON Pointer, JSONPath brackets), which
    /// would name no key and silently do nothing.
    #[error(
        "field path '{0}' is not a dotted path of keys (write ticket.comment.body, custom_fields[*].value or *.email)"
    )]
    NotDotted(String),
}

/// Most rules in one set (they are tracked as bits of a `u64`).
pub const MAX_RULES: usize = 64;

/// Longest key a rule can name, in bytes; a longer key only matches `*`.
pub const MAX_KEY: usize = 256;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Name(Box<[u8]>),
    Any,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct FieldRule {
    segments: Vec<Segment>,
    action: FieldAction,
}

/// A set of field rules. Empty by default: every field is scanned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldRules {
    rules: Vec<FieldRule>,
}

/// Where a JSON value stands with respect to the rules: the rules whose
/// path it is on, and the action in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldScope {
    /// Rules whose first `depth` segments match the path so far (bits).
    candidates: u64,
    /// Object keys on the path so far.
    depth: usize,
    /// The action for this value and, unless a deeper rule says otherwise,
    /// everything in it.
    pub action: FieldAction,
}

impl FieldRules {
    /// No rules.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a rule for `path` (see the module documentation). A JSONPath
    /// root (`$.ticket.comment`) is read as the dotted path after it.
    ///
    /// # Errors
    /// An empty or over-long segment, a path in another syntax, or more
    /// than [`MAX_RULES`] rules.
    pub fn add(&mut self, path: &str, action: FieldAction) -> Result<(), FieldRuleError> {
        if self.rules.len() == MAX_RULES {
            return Err(FieldRuleError::TooMany);
        }
        let dotted = path.strip_prefix("$.").unwrap_or(path);
        let mut segments = Vec::new();
        for raw in dotted.split('.') {
            let seg = raw
                .strip_suffix("[*]")
                .or_else(|| raw.strip_suffix("[]"))
                .unwrap_or(raw);
            if seg.is_empty() {
                return Err(FieldRuleError::EmptySegment(path.to_string()));
            }
            if seg.contains(['$', '/', '[', ']', '\'', '"']) {
                return Err(FieldRuleError::NotDotted(path.to_string()));
            }
            if seg.len() > MAX_KEY {
                return Err(FieldRuleError::SegmentTooLong(path.to_string()));
            }
            segments.push(if seg == "*" {
                Segment::Any
            } else {
                Segment::Name(seg.as_bytes().into())
            });
        }
        self.rules.push(FieldRule { segments, action });
        Ok(())
    }

    /// How many rules there are.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Whether some rule masks a field whole.
    pub fn masks_fields(&self) -> bool {
        self.rules.iter().any(|r| r.action == FieldAction::Mask)
    }

    /// The scope of a document's top-level value.
    pub fn root(&self) -> FieldScope {
        FieldScope {
            candidates: if self.rules.len() == MAX_RULES {
                u64::MAX
            } else {
                (1u64 << self.rules.len()) - 1
            },
            depth: 0,
            action: FieldAction::Scan,
        }
    }

    /// The scope of the value under `key` (unescaped; `None` for a key
    /// too long to name) in an object whose scope is `parent`.
    pub fn enter(&self, parent: FieldScope, key: Option<&[u8]>) -> FieldScope {
        let mut scope = FieldScope {
            candidates: 0,
            depth: parent.depth + 1,
            action: parent.action,
        };
        let mut bits = parent.candidates;
        while bits != 0 {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let Some(rule) = self.rules.get(i) else {
                break;
            };
            let Some(segment) = rule.segments.get(parent.depth) else {
                continue;
            };
            let matches = match (segment, key) {
                (Segment::Any, _) => true,
                (Segment::Name(name), Some(key)) => **name == *key,
                (Segment::Name(_), None) => false,
            };
            if !matches {
                continue;
            }
            if rule.segments.len() == scope.depth {
                // Later rules win: they come later in the bit order.
                scope.action = rule.action;
            } else {
                scope.candidates |= 1 << i;
            }
        }
        scope
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(list: &[(&str, FieldAction)]) -> FieldRules {
        let mut r = FieldRules::new();
        for (p, a) in list {
            r.add(p, *a).unwrap();
        }
        r
    }

    fn action_at(r: &FieldRules, path: &[&str]) -> FieldAction {
        let mut scope = r.root();
        for key in path {
            scope = r.enter(scope, Some(key.as_bytes()));
        }
        scope.action
    }

    #[test]
    fn exact_paths_wildcards_and_inheritance() {
        let r = rules(&[
            ("ticket.requester.email", FieldAction::Keep),
            ("ticket.custom_fields[].*", FieldAction::Mask),
            ("user", FieldAction::Keep),
            ("user.notes", FieldAction::Scan),
        ]);
        assert_eq!(
            action_at(&r, &["ticket", "requester", "email"]),
            FieldAction::Keep
        );
        assert_eq!(
            action_at(&r, &["ticket", "requester", "name"]),
            FieldAction::Scan
        );
        assert_eq!(
            action_at(&r, &["ticket", "custom_fields", "value"]),
            FieldAction::Mask
        );
        assert_eq!(action_at(&r, &["user", "phone"]), FieldAction::Keep);
        assert_eq!(
            action_at(&r, &["user", "phone", "mobile"]),
            FieldAction::Keep
        );
        assert_eq!(action_at(&r, &["user", "notes"]), FieldAction::Scan);
        assert_eq!(action_at(&r, &["email"]), FieldAction::Scan);
    }

    #[test]
    fn later_rule_wins_and_long_keys_match_only_wildcards() {
        let r = rules(&[("a.b", FieldAction::Keep), ("a.b", FieldAction::Mask)]);
        assert_eq!(action_at(&r, &["a", "b"]), FieldAction::Mask);
        let w = rules(&[("*", FieldAction::Keep), ("x", FieldAction::Mask)]);
        assert_eq!(w.enter(w.root(), None).action, FieldAction::Keep);
        assert_eq!(action_at(&w, &["x"]), FieldAction::Mask);
    }

    #[test]
    fn bad_paths_are_refused() {
        let mut r = FieldRules::new();
        assert!(r.add("a..b", FieldAction::Keep).is_err());
        assert!(r.add("", FieldAction::Keep).is_err());
        assert!(r.add(&"k".repeat(MAX_KEY + 1), FieldAction::Keep).is_err());
        // Other path syntaxes would name no key and do nothing.
        for path in ["/k", "$['k']", "k['x']", "$", "a.$b"] {
            assert_eq!(
                r.add(path, FieldAction::Mask),
                Err(FieldRuleError::NotDotted(path.to_string())),
                "{path}"
            );
        }
        for i in 0..MAX_RULES - 1 {
            r.add(&format!("f{i}"), FieldAction::Keep).unwrap();
        }
        // A JSONPath root is read as the dotted path after it.
        r.add("$.k[*].secret", FieldAction::Mask).unwrap();
        assert_eq!(
            r.add("one.more", FieldAction::Keep),
            Err(FieldRuleError::TooMany)
        );
        assert_eq!(action_at(&r, &["f62"]), FieldAction::Keep);
        assert_eq!(action_at(&r, &["k", "secret"]), FieldAction::Mask);
    }
}
