// qstrdefsport.h: qstrs the board code needs that the core does not define (none so far).
