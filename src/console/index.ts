/** The console module's public surface: other modules import only from here (eslint boundaries). */
