# Expected values for the PHE proportion funnel's over-dispersion check on real data: ISD Scotland's QOF 2014/15
# diabetes register (dmreg) over list size (pop) for every practice, from the packages' own functions:
# PHEindicatormethods 2.1.0 sigma_adjustment (R/utils.R; github.com/ukhsa-collaboration/PHEindicatormethods at 093fd28)
# applied as assign_funnel_significance does for proportions, and FunnelPlotR 0.6.0's calculation steps
# (github.com/nhs-r-community/FunnelPlotR at 9020d49: R/aggregate_func.R, R/od_adjustment.R, R/calculate_limits.R,
# R/build_limits_lookup.R, R/outliers_func.R) with data_type = "PR", as funnel_plot() runs them.
# The QOF file is read in place from ../shared (never committed); only the summary figures below are written.
# Practices: rows whose dmreg is not ISD's "-" marker; a practice listed twice (90031, 90187: ISD's 2014/15 Data sheet
# repeats rows W9/W10) keeps its first row, as a unit appears once on a funnel.
#
# A second case has no over-dispersion by construction: 200 units drawn binomially around one proportion (seed 19),
# written with its figures, so the check's "limits fit" side is tested on data R made.
# Usage: Rscript qof_overdispersion.R <PHEindicatormethods source folder> <FunnelPlotR source folder> <QOF 2014/15 prevalence CSV> <output folder>
args <- commandArgs(trailingOnly = TRUE)
phe_env <- new.env(); sys.source(file.path(args[1], "R", "utils.R"), envir = phe_env)
for (f in c("aggregate_func.R", "od_adjustment.R", "calculate_limits.R", "build_limits_lookup.R", "outliers_func.R"))
  source(file.path(args[2], "R", f))
qof <- read.csv(args[3], colClasses = "character")
qof <- qof[qof$dmreg != "-", ]
qof <- qof[!duplicated(qof$practice), ]
figures <- function(code, num, den) {

  # PHEindicatormethods: proportion significance against the Wilson-inverse limits at each unit's own denominator.
  av <- sum(num) / sum(den)
  sa <- phe_env$sigma_adjustment
  p <- num / den
  sig <- ifelse(p < sa(0.999, den, av, "low", 1), "Low (0.001)",
         ifelse(p < sa(0.975, den, av, "low", 1), "Low (0.025)",
         ifelse(p > sa(0.999, den, av, "high", 1), "High (0.001)",
         ifelse(p > sa(0.975, den, av, "high", 1), "High (0.025)", "Not significant"))))

  # FunnelPlotR, data_type "PR", trim_by 0.1, multiplier 1, draw_adjusted TRUE.
  data_type <- "PR"; sr_method <- "SHMI"; trim_by <- 0.1; multiplier <- 1
  mod_plot <- data.frame(numerator = num, denominator = den, group = as.factor(code))
  agg <- aggregate_func(mod_plot)
  target <- sum(agg$numerator) / sum(agg$denominator)
  agg <- transformed_zscore(mod_plot_agg = agg, data_type = data_type, sr_method = sr_method)
  agg <- winsorisation(mod_plot_agg = agg, trim_by = trim_by)
  n <- as.numeric(sum(!is.na(agg$Wuzscore)))
  phi <- phi_func(n = n, zscores = na.omit(agg$Wuzscore))
  tau2 <- tau_func(n = n, phi = phi, S = agg[!is.na(agg$Wuzscore), ]$s)
  lims <- build_limits_lookup(min_x = NA, max_x = as.numeric(ceiling(max(agg$denominator))), min_y = NA, max_y = NA,
                              denominators = agg$denominator, draw_adjusted = TRUE, tau2 = tau2,
                              data_type = data_type, sr_method = sr_method, target = target, multiplier = multiplier)
  m <- merge(agg[, -grep("\\bs\\b", colnames(agg))], lims, by.x = "denominator", by.y = "number_seq")
  m <- m[!duplicated(m$group), ]
  new_names <- c("odll95" = "OD95LCL", "odul95" = "OD95UCL", "odll998" = "OD99LCL", "odul998" = "OD99UCL",
                 "ll95" = "LCL95", "ul95" = "UCL95", "ll998" = "LCL99", "ul998" = "UCL99")
  names(m) <- ifelse(is.na(new_names[names(m)]), names(m), new_names[names(m)])
  out99 <- outliers_func(m, TRUE, FALSE, 99, multiplier)$outlier
  out95 <- outliers_func(m, TRUE, FALSE, 95, multiplier)$outlier
  high99 <- sum(out99 == 1 & m$rr > target); low99 <- sum(out99 == 1 & m$rr < target)

  res <- data.frame(
    measure = c("practices", "average_proportion", "phe_high_0.001", "phe_low_0.001", "phe_high_0.025", "phe_low_0.025",
                "fp_phi", "fp_tau2", "fp_outliers_99.8", "fp_outliers_99.8_high", "fp_outliers_99.8_low", "fp_outliers_95"),
    value = c(sprintf("%d", length(num)), sprintf("%.17g", av), sum(sig == "High (0.001)"), sum(sig == "Low (0.001)"),
              sum(sig == "High (0.025)"), sum(sig == "Low (0.025)"),
              sprintf("%.17g", phi), sprintf("%.17g", tau2), sum(out99), high99, low99, sum(out95)))
  res$value[res$measure == "practices"] <- sprintf("%d", length(num))
  rbind(res, data.frame(measure = "chisq95_threshold", value = sprintf("%.17g", qchisq(0.95, length(num) - 1) / length(num))))
}

qof_res <- figures(qof$practice, as.numeric(qof$dmreg), as.numeric(qof$pop))
write.csv(qof_res, file.path(args[4], "qof_201415_diabetes_overdispersion.csv"), row.names = FALSE, quote = FALSE)
print(qof_res)

set.seed(19)
k <- 200
sim <- data.frame(practice = sprintf("S%03d", seq_len(k)), denominator = round(runif(k, 500, 20000)))
sim$numerator <- rbinom(k, sim$denominator, 0.05)
write.csv(sim[, c("practice", "numerator", "denominator")], file.path(args[4], "binomial_no_overdispersion_input.csv"), row.names = FALSE, quote = FALSE)
sim_res <- figures(sim$practice, sim$numerator, sim$denominator)
write.csv(sim_res, file.path(args[4], "binomial_no_overdispersion.csv"), row.names = FALSE, quote = FALSE)
print(sim_res)
