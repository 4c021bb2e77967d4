-- The words a reporting period is searched by, folded as cchc_fold folds (V1_4): '2025-Q2' → "quy 2 ii 2025", so
-- "so noi vu quy ii" finds the quarter II report of Sở Nội vụ (ReportSearch joins the unit's search_key).
-- Roman numerals as officers write "Quý II", "6 tháng lần I"; months with and without the leading zero.
create or replace function ind_period_words(period_key text) returns text
language sql immutable parallel safe strict
as $$
    select case
        when period_key ~ '^\d{4}-Q[1-4]$' then 'quy ' || right(period_key, 1) || ' '
            || (array['i', 'ii', 'iii', 'iv'])[right(period_key, 1)::int]
        when period_key ~ '^\d{4}-H[12]$' then '6 thang lan ' || right(period_key, 1) || ' '
            || (array['i', 'ii'])[right(period_key, 1)::int]
        when period_key ~ '^\d{4}-N9$' then '9 thang'
        when period_key ~ '^\d{4}-M\d{2}$' then 'thang ' || ltrim(right(period_key, 2), '0') || ' ' || right(period_key, 2)
        else 'nam'
    end || ' ' || left(period_key, 4)
$$;
