//! Inline SVG icons (24×24, stroked in `currentColor`, hidden from screen readers).

use crate::domain::route::View;
use leptos::prelude::*;

/// The path data of each icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Stretch,
    Checklist,
    Magnesium,
    Diary,
    Learn,
    Settings,
    Moon,
    Download,
    Upload,
    Close,
    Info,
    Warning,
    Check,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            // A leg with the foot flexed up.
            Icon::Stretch => "M9 3v9.5c0 1.5.6 2.6 1.8 3.3l3.2 2V21h5v-1.8M14 18h5M9 7h3",
            Icon::Checklist => "M4 6.5l1.8 1.8L9 5M4 12.5l1.8 1.8L9 11M4 18.5l1.8 1.8L9 17M12 7h8M12 13h8M12 19h8",
            // A leaf.
            Icon::Magnesium => "M5 19c0-8 5-13 14-14-1 9-6 14-14 14zM5 19l7-7",
            Icon::Diary => "M6 3h11a2 2 0 0 1 2 2v16H7a2 2 0 0 1-2-2V4a1 1 0 0 1 1-1zM5 17a2 2 0 0 1 2-2h12M9 7h6M9 10h4",
            Icon::Learn => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.5",
            Icon::Settings => "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 13.5l1.6 1.2-2 3.4-1.9-.7a7 7 0 0 1-2 1.2L14.8 21h-4l-.3-2.4a7 7 0 0 1-2-1.2l-1.9.7-2-3.4 1.6-1.2a7 7 0 0 1 0-2.4L4.6 9.9l2-3.4 1.9.7a7 7 0 0 1 2-1.2L10.8 3h4l.3 2.4a7 7 0 0 1 2 1.2l1.9-.7 2 3.4-1.6 1.2a7 7 0 0 1 0 2.4z",
            Icon::Moon => "M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z",
            Icon::Download => "M12 4v11M7 10.5l5 5 5-5M5 20h14",
            Icon::Upload => "M12 20V9M7 13.5l5-5 5 5M5 4h14",
            Icon::Close => "M6 6l12 12M18 6L6 18",
            Icon::Info => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.5",
            Icon::Warning => "M12 3.5L2.5 20h19L12 3.5zM12 10v4.5M12 17.5v.5",
            Icon::Check => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8 12.5l2.7 2.7L16 9.5",
        }
    }

    pub fn for_view(view: View) -> Icon {
        match view {
            View::Stretch => Icon::Stretch,
            View::Checklist => Icon::Checklist,
            View::Magnesium => Icon::Magnesium,
            View::Diary => Icon::Diary,
            View::Learn => Icon::Learn,
            View::Settings => Icon::Settings,
        }
    }
}

/// An icon drawn in the current text colour.
#[component]
pub fn Svg(
    /// Which icon.
    icon: Icon,
) -> impl IntoView {
    view! {
        <svg
            class="icon"
            viewBox="0 0 24 24"
            width="24"
            height="24"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
            aria-hidden="true"
            focusable="false"
        >
            <path d=icon.path()></path>
        </svg>
    }
}
