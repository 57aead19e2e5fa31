////// world corpus:resources/resources (guest)
//// resources.wit(7,14): error WIT0330: resource `file` is used by the world, but resources are not supported in guest bindings yet. Bind a world without resources
//// resources.wit(18,14): error WIT0330: resource `directory` is used by the world, but resources are not supported in guest bindings yet. Bind a world without resources
//// resources.wit(32,14): error WIT0330: resource `counter` is used by the world, but resources are not supported in guest bindings yet. Bind a world without resources
