-- Goals, activities and the money behind them, per program; and each program's share of
-- activity costs that goes to capital expenditure (06 Sermaye Giderleri).
SELECT p.administration,
       p.year,
       COUNT(DISTINCT g.goal_id)                   AS goals,
       COUNT(a.activity_id)                        AS activities,
       SUM(a.total_kurus) / 100                    AS activities_total_tl,
       ROUND(100.0 * (SELECT SUM(c.amount_kurus) FROM activity_costs c
                       WHERE c.program_id = p.program_id AND c.economic_code = '06')
             / SUM(a.total_kurus), 1)              AS capital_pct
FROM programs p
JOIN goals g      ON g.program_id = p.program_id
JOIN activities a ON a.goal_id = g.goal_id
GROUP BY p.program_id
ORDER BY p.administration, p.year;

.print
-- Year over year, where the dataset holds an administration's program for consecutive
-- years (the samples: Kayseri 2024 and 2025): how the goals, the activities and their
-- total changed. `perfprog diff` lists the changes one by one.
WITH per_program AS (
    SELECT p.administration,
           p.year,
           (SELECT COUNT(*) FROM goals g WHERE g.program_id = p.program_id)                AS goals,
           (SELECT COUNT(*) FROM activities a WHERE a.program_id = p.program_id)           AS activities,
           (SELECT SUM(a.total_kurus) FROM activities a WHERE a.program_id = p.program_id) AS total_kurus
    FROM programs p
)
SELECT new.administration,
       old.year                                    AS from_year,
       new.year                                    AS to_year,
       new.goals - old.goals                       AS goals_change,
       new.activities - old.activities             AS activities_change,
       old.total_kurus / 100                       AS from_total_tl,
       new.total_kurus / 100                       AS to_total_tl,
       ROUND(100.0 * (new.total_kurus - old.total_kurus) / old.total_kurus, 1) AS total_change_pct
FROM per_program new
JOIN per_program old ON old.administration = new.administration AND old.year = new.year - 1
ORDER BY new.administration, new.year;

.print
-- What each program spends on: the share of its activities' total by the level-1 function
-- of the responsible unit (Fonksiyonel Sınıflandırma; units.csv says which rule gave each
-- unit its class), one column per program. "unclassified" holds the units whose name does
-- not say their function (Fen İşleri, Etüt ve Projeler…) and the activities without a unit.
SELECT f.function_code,
       f.function_name,
       MAX(CASE WHEN f.program_id = 'balikesir-buyuksehir-belediyesi-2024' THEN f.share_pct END) AS balikesir_2024_pct,
       MAX(CASE WHEN f.program_id = 'kayseri-buyuksehir-belediyesi-2024' THEN f.share_pct END)   AS kayseri_2024_pct,
       MAX(CASE WHEN f.program_id = 'kayseri-buyuksehir-belediyesi-2025' THEN f.share_pct END)   AS kayseri_2025_pct
FROM function_totals f
GROUP BY f.function_code, f.function_name
ORDER BY f.function_code = '', f.function_code;
