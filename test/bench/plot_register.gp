# test/bench/plot_register.gp - p50 and p99 latency of sltd_check (probe mix,
# 1 and 2 clients) and of the btree baseline against register size, from
# the figures bench_register.sh wrote (results/register-ROWS.tsv).
#
#   make bench-register-plot
#   (or: gnuplot test/bench/plot_register.gp, from the top of the tree;
#    -e "data='FILES'; out='FILE.png'" to plot other figures)
#
# TSV columns: rows, run, script, clients, checks/s, p50 ms, p99 ms, transactions.

if (!exists("data")) data = 'test/bench/results/register-*.tsv'
if (!exists("out")) out = 'test/bench/results/register-latency.png'

set terminal pngcairo size 1280,600 font ",11" noenhanced
set output out
set datafile separator "\t"
set title "sltd_check latency against register size (2-core machine, pgbench, probe mix)"
set xlabel "register rows (millions)"
set ylabel "latency (ms)"
set logscale y
set grid ytics mytics xtics
set key outside right center box samplen 3 spacing 1
set xrange [0:35]
set xtics (1, 10, 33)
set ytics (0.01, 0.1, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
set format y "%g"

# Horizontal line: the p99 target of the issue (10 ms at 33M rows).
set arrow from 0,10 to 35,10 nohead dashtype 2 lc rgb "#aa0000"
set label "target p99 10 ms" at 25,11.5 tc rgb "#aa0000"

# One series: the rows of a script and client count, in register-size order.
series(script, clients) = sprintf("< awk -F'\t' '$2 == \"mix\" && $3 == \"%s\" && $4 == %d' %s | sort -n", script, clients, data)

plot series("sltd_check", 1) using ($1/1e6):7 with linespoints lw 2 pt 7 lc rgb "#1f77b4" title "sltd_check p99, 1 client", \
     series("sltd_check", 1) using ($1/1e6):6 with linespoints lw 2 pt 5 lc rgb "#6baed6" title "sltd_check p50, 1 client", \
     series("sltd_check", 2) using ($1/1e6):7 with linespoints lw 2 pt 9 lc rgb "#d62728" title "sltd_check p99, 2 clients", \
     series("sltd_check", 2) using ($1/1e6):6 with linespoints lw 2 pt 11 lc rgb "#ff9896" title "sltd_check p50, 2 clients", \
     series("trgm_similar", 1) using ($1/1e6):6 with linespoints lw 1 dt 2 pt 8 lc rgb "#2ca02c" title "baseline pg_trgm GIN % top-10 p50, 1 client", \
     series("btree_exact", 1) using ($1/1e6):7 with linespoints lw 1 dt 3 pt 6 lc rgb "#555555" title "baseline btree exact (no fuzzy) p99, 1 client", \
     series("btree_exact", 1) using ($1/1e6):6 with linespoints lw 1 dt 3 pt 4 lc rgb "#999999" title "baseline btree exact (no fuzzy) p50, 1 client"
