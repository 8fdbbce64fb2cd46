//! The changes between two imports of an SDK's headers, family by family and code by code.

use std::collections::{HashMap, HashSet};

use rtc_codes_import::{Family, Import};

/// What changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A family NEW has and OLD had not.
    FamilyAdded,
    /// A family OLD had and NEW has not: every code of it is gone.
    FamilyRemoved,
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

/// The changes from `old` to `new`, in NEW's order of families and codes, the families removed
/// last; re-described codes only when `descriptions` asks for them.
#[must_use]
pub fn compare(old: &Import, new: &Import, descriptions: bool) -> Vec<Change> {
    let old_families: HashMap<&str, &Family> = old
        .families
        .iter()
        .map(|family| (family.name.as_str(), family))
        .collect();
    let new_names: HashSet<&str> = new.families.iter().map(|f| f.name.as_str()).collect();
    let mut changes = Vec::new();
    for family in &new.families {
        match old_families.get(family.name.as_str()) {
            Some(before) => compare_family(before, family, descriptions, &mut changes),
            None => changes.push(Change {
                family: family.name.clone(),
                kind: Kind::FamilyAdded,
                old: None,
                new: Some(family_side(family)),
            }),
        }
    }
    for family in old
        .families
        .iter()
        .filter(|f| !new_names.contains(f.name.as_str()))
    {
        changes.push(Change {
            family: family.name.clone(),
            kind: Kind::FamilyRemoved,
            old: Some(family_side(family)),
            new: None,
        });
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
