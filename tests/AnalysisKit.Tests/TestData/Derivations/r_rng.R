# Expected draws for RRandomStream: R's own generator (R 4.2.2 defaults: Mersenne-Twister, Inversion).
# For each seed: set.seed(seed), then 640 runif() values; set.seed(seed) again, then 320 rnorm() values (each uses two
# uniforms, so both runs cross the 624-word regeneration); then rnorm(6, means, sds) with a zero sd, which R returns as
# the mean without drawing.
#
# Usage: Rscript r_rng.R <output folder>
out <- commandArgs(trailingOnly = TRUE)[1]
rows <- list()
for (seed in c(1L, -7L, 2147483647L)) {
  set.seed(seed); u <- runif(640)
  set.seed(seed); z <- rnorm(320)
  set.seed(seed); m <- rnorm(6, mean = c(10, 20, 30), sd = c(1, 0, 2))
  rows[[length(rows) + 1]] <- data.frame(seed = seed, kind = c(rep("runif", 640), rep("rnorm", 320), rep("rnorm_mean_sd", 6)),
                                         index = c(1:640, 1:320, 1:6), value = sprintf("%.17g", c(u, z, m)))
}
write.csv(do.call(rbind, rows), file.path(out, "r_rng_draws.csv"), row.names = FALSE, quote = FALSE)
