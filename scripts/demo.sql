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
ORDER BY p.program_id;
