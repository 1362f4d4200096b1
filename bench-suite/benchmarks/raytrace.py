"""Raytrace: a small recursive ray tracer.  A camera looks at a few spheres
standing on a checkered plane, lit by two point lights, with Lambert and
Phong shading, hard shadows and mirror reflections.  The image is n x n
pixels; the checksum is computed from the 8-bit RGB values.

Stresses: vector objects (allocation of many short-lived instances),
operator overloading via methods, float math, virtual calls, recursion.
run(n) returns an integer checksum of the rendered pixels.
"""
import math

EPSILON = 1e-5
MAX_DEPTH = 3


class Vec(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self.sub(normal.scale(2.0 * self.dot(normal)))


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin.add(self.direction.scale(t))


class Material(object):
    def __init__(self, color, diffuse, specular, shininess, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class CheckerMaterial(Material):
    def __init__(self, color, other, size, diffuse, specular, shininess,
                 reflection):
        Material.__init__(self, color, diffuse, specular, shininess,
                          reflection)
        self.other = other
        self.size = size

    def color_at(self, point):
        cx = int(math.floor(point.x / self.size))
        cz = int(math.floor(point.z / self.size))
        if (cx + cz) % 2 == 0:
            return self.color
        return self.other


class Shape(object):
    def __init__(self, material):
        self.material = material


class Sphere(Shape):
    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, point):
        return point.sub(self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return -1.0
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, point):
        return self.normal


class Light(object):
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene(object):
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = Vec(0.08, 0.08, 0.1)

    def closest_hit(self, ray):
        best_t = -1.0
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = shape
        return best, best_t

    def in_shadow(self, point, light_dir, light_dist):
        ray = Ray(point, light_dir)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t > 0.0 and t < light_dist:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.closest_hit(ray)
        if shape is None:
            # sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.75, 1.0).scale(k).add(WHITE.scale(0.3 * (1.0 - k)))
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)
        mat = shape.material
        base = mat.color_at(point)
        color = base.mul(self.ambient)
        lift = point.add(normal.scale(EPSILON * 10.0))
        for light in self.lights:
            to_light = light.position.sub(point)
            dist = to_light.length()
            ldir = to_light.scale(1.0 / dist)
            lambert = normal.dot(ldir)
            if lambert <= 0.0:
                continue
            if self.in_shadow(lift, ldir, dist):
                continue
            color = color.add(base.mul(light.color).scale(lambert * mat.diffuse))
            refl = ldir.scale(-1.0).reflect(normal)
            spec = -refl.dot(ray.direction)
            if spec > 0.0:
                color = color.add(light.color.scale(
                    mat.specular * math.pow(spec, mat.shininess)))
        if mat.reflection > 0.0 and depth < MAX_DEPTH:
            rdir = ray.direction.reflect(normal).normalized()
            rcol = self.trace(Ray(lift, rdir), depth + 1)
            color = color.scale(1.0 - mat.reflection).add(
                rcol.scale(mat.reflection))
        return color


def build_scene():
    scene = Scene()
    scene.shapes.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                              CheckerMaterial(Vec(0.9, 0.9, 0.9),
                                              Vec(0.15, 0.15, 0.2), 1.0,
                                              0.8, 0.2, 20.0, 0.25)))
    scene.shapes.append(Sphere(Vec(0.0, 1.0, 3.0), 1.0,
                               Material(Vec(0.9, 0.2, 0.2), 0.7, 0.6,
                                        40.0, 0.3)))
    scene.shapes.append(Sphere(Vec(-2.1, 0.7, 4.0), 0.7,
                               Material(Vec(0.2, 0.8, 0.3), 0.8, 0.3,
                                        10.0, 0.1)))
    scene.shapes.append(Sphere(Vec(1.9, 0.6, 2.2), 0.6,
                               Material(Vec(0.3, 0.4, 0.95), 0.6, 0.9,
                                        80.0, 0.5)))
    scene.shapes.append(Sphere(Vec(0.7, 0.25, 1.2), 0.25,
                               Material(Vec(0.95, 0.85, 0.2), 0.9, 0.4,
                                        25.0, 0.0)))
    scene.lights.append(Light(Vec(-4.0, 6.0, -2.0), Vec(0.8, 0.8, 0.75)))
    scene.lights.append(Light(Vec(5.0, 4.0, 0.0), Vec(0.35, 0.35, 0.45)))
    return scene


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def render(scene, width, height):
    eye = Vec(0.0, 1.6, -3.5)
    target = Vec(0.0, 0.8, 2.5)
    forward = target.sub(eye).normalized()
    right = Vec(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    fov = math.tan(math.radians(55.0) / 2.0)
    aspect = float(width) / float(height)
    checksum = 0
    for j in range(height):
        sy = (1.0 - 2.0 * (j + 0.5) / height) * fov
        for i in range(width):
            sx = (2.0 * (i + 0.5) / width - 1.0) * fov * aspect
            d = forward.add(right.scale(sx)).add(up.scale(sy)).normalized()
            c = scene.trace(Ray(eye, d), 0)
            r = to_byte(c.x)
            g = to_byte(c.y)
            b = to_byte(c.z)
            pixel = (r << 16) | (g << 8) | b
            checksum = (checksum * 31 + pixel) % 1000000007
    return checksum


QUICK = 40
DEFAULT = 200


def run(n):
    return render(build_scene(), n, n)
