package vn.cchc.propaganda;

/** What kind of propaganda output a unit logs. */
enum OutputKind { NEWS_ARTICLE, REPORTAGE, BROADCAST, CONFERENCE, BANNER, LEAFLET, SOCIAL_MEDIA_POST }
