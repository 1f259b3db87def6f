//! The app's views and their URLs.
//!
//! Each view is a real folder below the app's base URL (`checklist/`, `diary/` …); the build
//! writes a copy of index.html into each, so a plain static server answers a deep link with no
//! rewrite rules. The home view (the stretch guide) is the base URL itself.

use crate::domain::language::{t, Lang};

/// A top-level view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Stretch,
    Checklist,
    Magnesium,
    Diary,
    Learn,
    Settings,
}

/// What a path below the base URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    View(View),
    NotFound,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 6] = [
        Self::Stretch,
        Self::Checklist,
        Self::Magnesium,
        Self::Diary,
        Self::Learn,
        Self::Settings,
    ];

    /// The folder name below the base URL; empty for the home view.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Stretch => "",
            Self::Checklist => "checklist",
            Self::Magnesium => "magnesium",
            Self::Diary => "diary",
            Self::Learn => "learn",
            Self::Settings => "settings",
        }
    }

    /// A link relative to the base URL (`<base href>`), e.g. `checklist/`.
    pub fn href(self) -> &'static str {
        match self {
            Self::Stretch => "./",
            Self::Checklist => "checklist/",
            Self::Magnesium => "magnesium/",
            Self::Diary => "diary/",
            Self::Learn => "learn/",
            Self::Settings => "settings/",
        }
    }

    /// The short name in the tab bar.
    pub fn label(self) -> &'static str {
        match self {
            Self::Stretch => "Stretch",
            Self::Checklist => "Checklist",
            Self::Magnesium => "Magnesium",
            Self::Diary => "Diary",
            Self::Learn => "Learn",
            Self::Settings => "Settings",
        }
    }

    /// [`View::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Self::Stretch => "Rekken",
            Self::Checklist => "Checklist",
            Self::Magnesium => "Magnesium",
            Self::Diary => "Dagboek",
            Self::Learn => "Uitleg",
            Self::Settings => "Instellingen",
        };
        t(lang, self.label(), nl)
    }

    /// [`View::title`] in `lang`.
    pub fn title_in(self, lang: Lang) -> &'static str {
        let nl = match self {
            Self::Stretch => "Uncramp: rek een kramp in uw been weg",
            Self::Checklist => "Checklist om kramp te voorkomen · Uncramp",
            Self::Magnesium => "Magnesium uit voeding · Uncramp",
            Self::Diary => "Krampdagboek · Uncramp",
            Self::Learn => "Uitleg en veiligheid · Uncramp",
            Self::Settings => "Instellingen · Uncramp",
        };
        t(lang, self.title(), nl)
    }

    /// The document title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Stretch => "Uncramp: stretch away a leg cramp",
            Self::Checklist => "Prevention checklist · Uncramp",
            Self::Magnesium => "Magnesium food picker · Uncramp",
            Self::Diary => "Cramp diary · Uncramp",
            Self::Learn => "Learn & safety · Uncramp",
            Self::Settings => "Settings · Uncramp",
        }
    }
}

impl Route {
    /// Parses the part of the URL path below the base URL (no leading slash), e.g.
    /// `checklist/`, `checklist`, `checklist/index.html`, or `` for home.
    pub fn from_relative_path(path: &str) -> Route {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let slug = path.trim_end_matches('/');
        View::ALL
            .into_iter()
            .find(|v| v.slug() == slug)
            .map_or(Route::NotFound, Route::View)
    }

    /// Parses an absolute path given the base path (both as the browser reports them,
    /// e.g. `/sub/path/diary/` below `/sub/path/`). A path outside the base is not found.
    pub fn from_path(path: &str, base: &str) -> Route {
        let base = base.trim_end_matches('/');
        match path.strip_prefix(base) {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                Route::from_relative_path(rest)
            }
            _ => Route::NotFound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(path: &str, base: &str, expected: Route) {
        assert_eq!(
            Route::from_path(path, base),
            expected,
            "{path} below {base}"
        );
    }

    #[test]
    fn every_view_round_trips_through_its_href() {
        for view in View::ALL {
            let href = view.href().trim_start_matches("./");
            check(&format!("/{href}"), "/", Route::View(view));
            check(
                &format!("/some/path/{href}"),
                "/some/path/",
                Route::View(view),
            );
        }
    }

    #[test]
    fn paths_at_the_root() {
        check("/", "/", Route::View(View::Stretch));
        check("", "/", Route::View(View::Stretch));
        check("/index.html", "/", Route::View(View::Stretch));
        check("/diary", "/", Route::View(View::Diary));
        check("/diary/index.html", "/", Route::View(View::Diary));
        check("/nope/", "/", Route::NotFound);
        check("/diary/extra/", "/", Route::NotFound);
    }

    #[test]
    fn paths_under_a_sub_path() {
        check("/some/path/", "/some/path/", Route::View(View::Stretch));
        check("/some/path", "/some/path/", Route::View(View::Stretch));
        check("/some/path/learn/", "/some/path/", Route::View(View::Learn));
        check("/some/pathology/", "/some/path/", Route::NotFound);
        check("/other/learn/", "/some/path/", Route::NotFound);
    }

    #[test]
    fn labels_and_titles_are_distinct() {
        for (i, a) in View::ALL.iter().enumerate() {
            for b in &View::ALL[i + 1..] {
                assert_ne!(a.label(), b.label());
                assert_ne!(a.slug(), b.slug());
                assert_ne!(a.title(), b.title());
            }
        }
    }
}
