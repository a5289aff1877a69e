# Expected values for PheSii: a base-R transcription of PHEindicatormethods 2.1.0 phe_sii() for one area
# (github.com/ukhsa-collaboration/PHEindicatormethods, R/SII_function.R and SimulationFunc, FindXValues and
# calc_reliability in R/utils.R). The package's code needs dplyr, rlang, tidyr and purrr; below, each step is the same
# computation in base R and in the same order, so that the random draws (rnorm) and the arithmetic that consumes them
# (the same matrix products through R's BLAS, solve(), sort and positions) are the package's. set.seed(seed) is called
# before each case, as a user of the package would before phe_sii(); the "grouped" case runs two areas in one stream,
# as phe_sii does for a grouped data frame (groups in order).
#
# Usage: Rscript phe_sii.R <output folder>
out <- commandArgs(trailingOnly = TRUE)[1]
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

sii_area <- function(d, value_type, transform, multiplier, repetitions, confidence, reliability_stat) {
  confidence[confidence >= 90] <- confidence[confidence >= 90] / 100
  d <- d[order(d$quantile), ]
  k <- nrow(d)
  value <- if (all(is.na(d$value))) d$x / d$population else d$value
  tf <- function(v) if (value_type == 1) log(v) else if (value_type == 2) log(v / (1 - v)) else v
  value <- tf(value)
  se <- if (all(is.na(d$se))) (tf(d$upper_cl) - tf(d$lower_cl)) / stats::qnorm(0.975) / 2 else d$se
  a <- d$population / sum(d$population)
  prop <- d$population / sum(d$population, na.rm = TRUE)
  cumprop <- cumsum(prop)
  b <- c(prop[1] / 2, prop[-1] / 2 + cumprop[-k])
  sqrt_a <- sqrt(a)
  b_sqrt_a <- b * sqrt_a
  back <- function(v) if (value_type == 1) exp(v) else if (value_type == 2) exp(v) / (1 + exp(v)) else v
  yvals <- sqrt_a * (if (transform) value else back(value))
  coef <- stats::coef(stats::lm(yvals ~ sqrt_a + b_sqrt_a - 1))
  intercept0 <- coef[["sqrt_a"]]; slope <- coef[["b_sqrt_a"]]

  # ---- SimulationFunc ----
  no_reps <- if (reliability_stat) 10 * repetitions else repetitions
  draws <- matrix(stats::rnorm(no_reps * k, value, se), ncol = no_reps)
  if (!transform) draws <- back(draws)
  m <- as.matrix(rbind(sqrt_a, b_sqrt_a))
  invm_m <- solve((m) %*% t(m)) %*% m
  final <- draws * sqrt_a
  params <- apply(final, 2, function(col) invm_m %*% col)
  sim_sii <- matrix(params[2, ], ncol = if (reliability_stat) 10 else 1)
  sim_rii <- matrix((params[2, ] + params[1, ]) / params[1, ], ncol = if (reliability_stat) 10 else 1)
  if (multiplier < 0 & !transform) sim_rii <- 1 / sim_rii
  if (!transform) sim_sii <- sim_sii * multiplier
  sorted_sii <- apply(sim_sii, 2, sort, decreasing = FALSE)
  sorted_rii <- apply(sim_rii, 2, sort, decreasing = FALSE)
  upper_p <- confidence + ((1 - confidence) / 2)
  pos <- rbind(round(repetitions * (1 - upper_p), digits = 0), round(repetitions * upper_p, digits = 0))
  reps <- list()
  for (r in seq_len(ncol(sorted_sii))) {
    rows <- list()
    for (ci in seq_along(confidence)) {
      sl <- sorted_sii[pos[1, ci], r]; su <- sorted_sii[pos[2, ci], r]
      rl <- sorted_rii[pos[1, ci], r]; ru <- sorted_rii[pos[2, ci], r]
      rows[[ci]] <- c(sii_lower = sl, sii_upper = su, rii_lower = rl, rii_upper = ru)
    }
    reps[[r]] <- rows
  }

  # ---- point estimates and, with transform, the back-transformed limits ----
  if (!transform) {
    sii <- multiplier * slope
    rii <- (intercept0 + slope) / intercept0
    if (multiplier < 0) rii <- 1 / rii
    intercept <- intercept0
  } else {
    xequals1 <- intercept0 + slope
    xequalshalf <- (intercept0 + xequals1) / 2
    inv <- if (value_type == 1) exp else function(v) exp(v) / (1 + exp(v))
    a0 <- inv(intercept0); a1 <- inv(xequals1)
    sii <- (a1 - a0) * multiplier
    rii <- if (multiplier < 0) 1 / (a1 / a0) else a1 / a0
    intercept <- a0 * abs(multiplier)
    flip <- if (value_type == 1) multiplier < 1 else multiplier < 0   # as the package writes each branch
    for (r in seq_along(reps)) for (ci in seq_along(confidence)) {
      s <- reps[[r]][[ci]]
      il <- xequalshalf - (s[["sii_lower"]] / 2); iu <- xequalshalf - (s[["sii_upper"]] / 2)
      xl <- xequalshalf + (s[["sii_lower"]] / 2); xu <- xequalshalf + (s[["sii_upper"]] / 2)
      reps[[r]][[ci]] <- c(
        sii_lower = if (flip) (inv(xu) - inv(iu)) * multiplier else (inv(xl) - inv(il)) * multiplier,
        sii_upper = if (flip) (inv(xl) - inv(il)) * multiplier else (inv(xu) - inv(iu)) * multiplier,
        rii_lower = if (flip) 1 / (inv(xu) / inv(iu)) else inv(xl) / inv(il),
        rii_upper = if (flip) 1 / (inv(xl) / inv(il)) else inv(xu) / inv(iu))
    }
  }
  result <- data.frame(confidence = confidence, sii = sii, rii = rii, intercept = intercept)
  for (col in c("sii_lower", "sii_upper", "rii_lower", "rii_upper"))
    result[[col]] <- sapply(seq_along(confidence), function(ci) reps[[1]][[ci]][[col]])
  result$sii_mad <- NA; result$rii_mad <- NA
  if (reliability_stat) for (ci in seq_along(confidence)) {
    diff <- function(col) sapply(2:10, function(r) abs(reps[[r]][[ci]][[col]] - reps[[1]][[ci]][[col]]))
    result$sii_mad[ci] <- mean(c(diff("sii_lower"), diff("sii_upper")))
    result$rii_mad[ci] <- mean(c(diff("rii_lower"), diff("rii_upper")))
  }
  result
}

# ---- synthetic areas: 10 deprivation deciles (decile 1 most deprived) ----
set.seed(1815)
pop <- round(runif(10, 5000, 9000))
le <- 74 + 0.8 * (1:10) + rnorm(10, 0, 0.6)                 # life expectancy
le_se <- runif(10, 1.2, 1.9)
deaths <- rpois(10, pop * (9 - 0.5 * (1:10)) / 1000)         # rate per 1000
byar <- function(o, z) c(o * (1 - 1 / (9 * o) - z / (3 * sqrt(o)))^3, (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * sqrt(o + 1)))^3)
z <- stats::qnorm(0.975)
rate_cl <- t(sapply(deaths, byar, z = z)) / pop * 1000
obese <- rpois(10, pop * (0.32 - 0.012 * (1:10)))           # proportion
wilson <- function(x, n) (2 * x + z^2 + c(-1, 1) * z * sqrt(z^2 + 4 * x * (1 - x / n))) / 2 / (n + z^2)
prop_cl <- t(mapply(wilson, obese, pop))
areas <- rbind(
  data.frame(area = "LE", quantile = 1:10, population = pop, x = NA, value = le, se = le_se, lower_cl = NA, upper_cl = NA),
  data.frame(area = "LE_CL", quantile = 1:10, population = pop, x = NA, value = le, se = NA,
             lower_cl = le - z * le_se, upper_cl = le + z * le_se),
  data.frame(area = "RATE", quantile = 1:10, population = pop, x = NA, value = deaths / pop * 1000, se = NA,
             lower_cl = rate_cl[, 1], upper_cl = rate_cl[, 2]),
  data.frame(area = "PROP", quantile = 1:10, population = pop, x = obese, value = NA, se = NA,
             lower_cl = prop_cl[, 1], upper_cl = prop_cl[, 2]),
  data.frame(area = "LE2", quantile = c(3, 1, 2, 5, 4), population = pop[1:5] * 2, x = NA,
             value = le[c(3, 1, 2, 5, 4)] - 1, se = le_se[1:5], lower_cl = NA, upper_cl = NA))
areas$value_for_prop <- NA
cases <- list(
  list(name = "normal_se", areas = "LE", seed = 5, vt = 0, tr = FALSE, mult = 1, reps = 1000, conf = 0.95, rel = FALSE),
  list(name = "normal_cl_two_levels", areas = "LE_CL", seed = 11, vt = 0, tr = FALSE, mult = 1, reps = 2000, conf = c(95, 99), rel = FALSE),
  list(name = "rate", areas = "RATE", seed = 21, vt = 1, tr = FALSE, mult = 1, reps = 1500, conf = 0.95, rel = FALSE),
  list(name = "proportion_negative", areas = "PROP", seed = 31, vt = 2, tr = FALSE, mult = -100, reps = 1000, conf = 0.95, rel = FALSE),
  list(name = "rate_log", areas = "RATE", seed = 41, vt = 1, tr = TRUE, mult = 1, reps = 1000, conf = c(0.95, 0.98), rel = FALSE),
  list(name = "rate_log_negative", areas = "RATE", seed = 43, vt = 1, tr = TRUE, mult = -1, reps = 1000, conf = 0.95, rel = FALSE),
  list(name = "proportion_logit_negative", areas = "PROP", seed = 51, vt = 2, tr = TRUE, mult = -100, reps = 1000, conf = 0.95, rel = FALSE),
  list(name = "normal_reliability", areas = "LE", seed = 5, vt = 0, tr = FALSE, mult = 1, reps = 1000, conf = c(0.95, 0.998), rel = TRUE),
  list(name = "rate_log_reliability", areas = "RATE", seed = 61, vt = 1, tr = TRUE, mult = 1000, reps = 1000, conf = 0.95, rel = TRUE),
  list(name = "grouped", areas = c("LE", "LE2"), seed = 71, vt = 0, tr = FALSE, mult = 1, reps = 1000, conf = 0.95, rel = FALSE))
results <- list()
for (cs in cases) {
  set.seed(cs$seed)
  for (area in cs$areas) {
    r <- sii_area(areas[areas$area == area, ], cs$vt, cs$tr, cs$mult, cs$reps, cs$conf, cs$rel)
    results[[length(results) + 1]] <- cbind(case = cs$name, area = area, seed = cs$seed, value_type = cs$vt,
      transform = cs$tr, multiplier = cs$mult, repetitions = cs$reps, reliability = cs$rel, r)
  }
}
res <- do.call(rbind, results)
for (col in c("confidence", "sii", "rii", "intercept", "sii_lower", "sii_upper", "rii_lower", "rii_upper", "sii_mad", "rii_mad"))
  res[[col]] <- num(res[[col]])
inp <- areas[c("area", "quantile", "population", "x", "value", "se", "lower_cl", "upper_cl")]
for (col in c("population", "x", "value", "se", "lower_cl", "upper_cl")) inp[[col]] <- num(inp[[col]])
write.csv(inp, file.path(out, "phe_sii_input.csv"), row.names = FALSE, quote = FALSE)
write.csv(res, file.path(out, "phe_sii_simulated.csv"), row.names = FALSE, quote = FALSE)
