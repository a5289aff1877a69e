# Expected values for OverdispersedFunnel (data_type "RC", ratio of counts) from FunnelPlotR 0.6.0's own functions.
# FunnelPlotR's calculation functions need only base R and stats, so this sources R/aggregate_func.R,
# R/od_adjustment.R, R/calculate_limits.R, R/build_limits_lookup.R and R/outliers_func.R
# (github.com/nhs-r-community/FunnelPlotR, commit in README.md) and runs the calculation steps of funnel_plot()
# in its order (the plotting is left out): aggregate, transform, winsorise, phi, tau2, limits lookup, merge, outliers.
#
# Usage: Rscript funnelplotr.R <FunnelPlotR source folder> <output folder>
args <- commandArgs(trailingOnly = TRUE)
for (f in c("aggregate_func.R", "od_adjustment.R", "calculate_limits.R", "build_limits_lookup.R", "outliers_func.R"))
  source(file.path(args[1], "R", f))
set.seed(606)
k <- 40
denominator <- rpois(k, runif(k, 40, 400))
numerator <- rpois(k, denominator * 0.35 * exp(rnorm(k, 0, 0.25)))
input <- data.frame(practice = sprintf("P%02d", seq_len(k)), numerator = numerator, denominator = denominator)

data_type <- "RC"; sr_method <- "SHMI"; trim_by <- 0.1; multiplier <- 1
mod_plot <- data.frame(numerator = as.numeric(input$numerator), denominator = as.numeric(input$denominator),
                       group = as.factor(input$practice))
mod_plot_agg <- aggregate_func(mod_plot)
target <- sum(mod_plot_agg$numerator) / sum(mod_plot_agg$denominator)
mod_plot_agg <- transformed_zscore(mod_plot_agg = mod_plot_agg, data_type = data_type, sr_method = sr_method)
delta_s <- mod_plot_agg$s                                # the delta-method s, before merge() replaces it
mod_plot_agg <- winsorisation(mod_plot_agg = mod_plot_agg, trim_by = trim_by)
n <- as.numeric(sum(!is.na(mod_plot_agg$Wuzscore)))
phi <- phi_func(n = n, zscores = na.omit(mod_plot_agg$Wuzscore))
tau2 <- tau_func(n = n, phi = phi, S = mod_plot_agg[!is.na(mod_plot_agg$Wuzscore), ]$s)
mod_plot_agg$delta_s <- delta_s
plot_limits <- build_limits_lookup(min_x = NA, max_x = as.numeric(ceiling(max(mod_plot_agg$denominator))), min_y = NA, max_y = NA,
                                   denominators = mod_plot_agg$denominator, draw_adjusted = TRUE, tau2 = tau2,
                                   data_type = data_type, sr_method = sr_method, target = target, multiplier = multiplier)
agg <- merge(mod_plot_agg[, -grep("\\bs\\b", colnames(mod_plot_agg))], plot_limits, by.x = "denominator", by.y = "number_seq")
agg <- agg[order(agg$group), ]
new_names <- c("odll95" = "OD95LCL", "odul95" = "OD95UCL", "odll998" = "OD99LCL", "odul998" = "OD99UCL",
               "ll95" = "LCL95", "ul95" = "UCL95", "ll998" = "LCL99", "ul998" = "UCL99")
names(agg) <- ifelse(is.na(new_names[names(agg)]), names(agg), new_names[names(agg)])
agg$outlier99 <- outliers_func(agg, TRUE, FALSE, 99, multiplier)$outlier
agg$outlier95 <- outliers_func(agg, TRUE, FALSE, 95, multiplier)$outlier
out <- data.frame(practice = as.character(agg$group), numerator = agg$numerator, denominator = agg$denominator)
for (col in c("rr", "target_transformed", "Y", "delta_s", "Uzscore", "winsorised", "Wuzscore", "s", "OD95LCL", "OD95UCL",
              "OD99LCL", "OD99UCL", "LCL95", "UCL95", "LCL99", "UCL99", "outlier95", "outlier99"))
  out[[col]] <- sprintf("%.17g", agg[[col]])
out$phi <- sprintf("%.17g", phi)
out$tau2 <- sprintf("%.17g", tau2)
write.csv(out, file.path(args[2], "fp_RC_derived_aggregated.csv"), row.names = FALSE, quote = FALSE)
