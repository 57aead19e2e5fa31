////// world corpus:resources/resources (host)
//// resources.wit(7,14): error WIT0303: resource `file` is used by the world, but resources are not supported in host bindings yet. Bind a world without resources, or generate guest bindings
//// resources.wit(18,14): error WIT0303: resource `directory` is used by the world, but resources are not supported in host bindings yet. Bind a world without resources, or generate guest bindings
//// resources.wit(32,14): error WIT0303: resource `counter` is used by the world, but resources are not supported in host bindings yet. Bind a world without resources, or generate guest bindings
