//! The changes between two imports of an SDK's headers, family by family and code by code.

use std::collections::{HashMap, HashSet};

use rtc_codes_import::{Family, Import};

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A family NEW has and OLD had not.
    FamilyAdded,
    /// A family OLD had and NEW has not, although NEW has its header: every code of it is gone.
    FamilyRemoved,
    /// A family OLD had whose header NEW does not have: its codes are not known to be gone
    /// (the headers given are another set), so this does not break.
    HeaderGone,
    /// A family OLD had that NEW declares but the importer could not read: its codes are not
    /// known to be gone, so this does not break.
    Unreadable,
    /// A family declared in another header.
    Moved,
    /// A code name NEW has, at a value OLD did not use.
    Added,
    /// A code name OLD had, whose value NEW does not use under a new name.
    Removed,
    /// A code name of both, with another value.
    Renumbered,
    /// A code name OLD had, whose value NEW names otherwise.
    Renamed,
    /// A code name of both, with its value, described otherwise.
    Redescribed,
}

impl Kind {
    /// Whether the change breaks code written against OLD: a name gone, or a value changed.
    #[must_use]
    pub const fn breaks(self) -> bool {
        matches!(self, Kind::FamilyRemoved | Kind::Removed | Kind::Renumbered)
    }

    /// The change's name in the output.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Kind::FamilyAdded => "family added",
            Kind::FamilyRemoved => "family removed",
            Kind::HeaderGone => "header gone",
            Kind::Unreadable => "unreadable",
            Kind::Moved => "moved",
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Renumbered => "renumbered",
            Kind::Renamed => "renamed",
            Kind::Redescribed => "re-described",
        }
    }
}

/// A code (or, for a family's changes, the enum) as one version has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side {
    /// Its SDK name (the enum's name for a family).
    pub sdk_name: String,
    /// Its value (`None` for a family).
    pub value: Option<i128>,
    /// Its description (the family's docs for a family).
    pub description: String,
    /// The header it is declared in.
    pub file: String,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The family's Rust name.
    pub family: String,
    /// What changed.
    pub kind: Kind,
    /// The code as OLD had it (`None` for what was added).
    pub old: Option<Side>,
    /// The code as NEW has it (`None` for what was removed).
    pub new: Option<Side>,
}

/// What NEW has besides its families: the headers it read (named as the families' locations
/// are) and the enums it could not read (by C name).
pub struct Read<'n> {
    pub headers: &'n HashSet<String>,
    pub unreadable: &'n HashSet<String>,
}

/// The changes from `old` to `new`, in NEW's order of families and codes, the families removed
/// last (each with its codes); re-described codes only when `descriptions` asks for them.
#[must_use]
pub fn compare(old: &Import, new: &Import, read: &Read<'_>, descriptions: bool) -> Vec<Change> {
    let old_families: HashMap<&str, &Family> = old
        .families
        .iter()
        .map(|family| (family.name.as_str(), family))
        .collect();
    let new_names: HashSet<&str> = new.families.iter().map(|f| f.name.as_str()).collect();
    let mut changes = Vec::new();
    for family in &new.families {
        if let Some(before) = old_families.get(family.name.as_str()) {
            compare_family(before, family, descriptions, &mut changes);
        } else {
            changes.push(Change {
                family: family.name.clone(),
                kind: Kind::FamilyAdded,
                old: None,
                new: Some(family_side(family)),
            });
            for side in names(family) {
                changes.push(Change {
                    family: family.name.clone(),
                    kind: Kind::Added,
                    old: None,
                    new: Some(side),
                });
            }
        }
    }
    for family in old
        .families
        .iter()
        .filter(|f| !new_names.contains(f.name.as_str()))
    {
        let kind = if read.unreadable.contains(&family.c_name) {
            Kind::Unreadable
        } else if !read.headers.contains(&family.location.0) {
            Kind::HeaderGone
        } else {
            Kind::FamilyRemoved
        };
        changes.push(Change {
            family: family.name.clone(),
            kind,
            old: Some(family_side(family)),
            new: None,
        });
        if kind == Kind::FamilyRemoved {
            for side in names(family) {
                changes.push(Change {
                    family: family.name.clone(),
                    kind: Kind::Removed,
                    old: Some(side),
                    new: None,
                });
            }
        }
    }
    changes
}

fn family_side(family: &Family) -> Side {
    Side {
        sdk_name: family.c_name.clone(),
        value: None,
        description: family.docs.clone(),
        file: family.location.0.clone(),
    }
}

/// Every SDK name of `family` (its codes' and their aliases'), with its value and description,
/// in order.
fn names(family: &Family) -> Vec<Side> {
    let file = &family.location.0;
    family
        .codes
        .iter()
        .flat_map(|code| {
            let file = file.clone();
            std::iter::once((code.sdk_name.clone(), code.description.clone()))
                .chain(
                    code.aliases
                        .iter()
                        .map(|alias| (alias.sdk_name.clone(), alias.description.clone())),
                )
                .map(move |(sdk_name, description)| Side {
                    sdk_name,
                    value: Some(code.value),
                    description,
                    file: file.clone(),
                })
        })
        .collect()
}

fn compare_family(old: &Family, new: &Family, descriptions: bool, changes: &mut Vec<Change>) {
    let change = |kind, old: Option<Side>, new_side: Option<Side>| Change {
        family: new.name.clone(),
        kind,
        old,
        new: new_side,
    };
    if old.location.0 != new.location.0 {
        changes.push(change(
            Kind::Moved,
            Some(family_side(old)),
            Some(family_side(new)),
        ));
    }
    let before = names(old);
    let after = names(new);
    let before_by_name: HashMap<&str, &Side> = before
        .iter()
        .map(|side| (side.sdk_name.as_str(), side))
        .collect();
    let after_by_name: HashMap<&str, &Side> = after
        .iter()
        .map(|side| (side.sdk_name.as_str(), side))
        .collect();
    // NEW's names that OLD did not have, by value: the names a renamed code may have now.
    let mut fresh_by_value: HashMap<i128, Vec<&Side>> = HashMap::new();
    for side in after
        .iter()
        .filter(|s| !before_by_name.contains_key(s.sdk_name.as_str()))
    {
        fresh_by_value
            .entry(side.value.unwrap_or_default())
            .or_default()
            .push(side);
    }
    let mut renamed_to: HashSet<&str> = HashSet::new();
    for side in &before {
        match after_by_name.get(side.sdk_name.as_str()) {
            Some(now) if now.value != side.value => {
                changes.push(change(
                    Kind::Renumbered,
                    Some(side.clone()),
                    Some((*now).clone()),
                ));
            }
            Some(now) if descriptions && now.description != side.description => {
                changes.push(change(
                    Kind::Redescribed,
                    Some(side.clone()),
                    Some((*now).clone()),
                ));
            }
            Some(_) => {}
            None => {
                let value = side.value.unwrap_or_default();
                let renamed = fresh_by_value.get(&value).and_then(|fresh| {
                    fresh
                        .iter()
                        .find(|s| !renamed_to.contains(s.sdk_name.as_str()))
                });
                match renamed {
                    Some(now) => {
                        renamed_to.insert(now.sdk_name.as_str());
                        changes.push(change(
                            Kind::Renamed,
                            Some(side.clone()),
                            Some((*now).clone()),
                        ));
                    }
                    None => changes.push(change(Kind::Removed, Some(side.clone()), None)),
                }
            }
        }
    }
    for side in after
        .iter()
        .filter(|s| !before_by_name.contains_key(s.sdk_name.as_str()))
    {
        if !renamed_to.contains(side.sdk_name.as_str()) {
            changes.push(change(Kind::Added, None, Some(side.clone())));
        }
    }
}
